#!/usr/bin/env python3
"""Cold `summarize --json` runs of one or more jars, round after round, with the CPU time of each JVM thread group.

The JIT compilers, the garbage collector, the parser threads and the main thread (reading, SHA-256, merging) are
told apart by thread name, sampled from /proc every 0.2 s (Linux only), so a change's effect on compile time and on
parsing can be seen separately. CPU-seconds vary less with a busy machine than wall time, and the rounds interleave
the jars, so a slow moment of the machine weighs on each of them alike.

Usage: scripts/thread-cpu.py ROUNDS FILE JAR [JAR...]
       (java from JAVA_HOME, else from PATH; JAVA_OPTS are passed to it)
Prints one line per run, then the median of each figure per jar.
"""
import collections
import os
import statistics
import subprocess
import sys
import time

GROUPS = ("C2", "C1", "GC", "parse", "main", "other")


def group(thread_name):
    if thread_name.startswith("C2"):
        return "C2"
    if thread_name.startswith("C1"):
        return "C1"
    if thread_name.startswith(("G1", "GC")):
        return "GC"
    if thread_name.startswith("auditlens-pars"):  # the parser threads, "auditlens-parse-N" cut to 15 characters
        return "parse"
    if thread_name in ("java", "main"):
        return "main"
    return "other"


def thread_cpu(pid, ticks, seen):
    """Adds the CPU seconds so far of every thread of the process to `seen` (thread id -> (name, seconds))."""
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        seen[tid] = (name, (int(fields[11]) + int(fields[12])) / ticks)  # utime + stime


def run(java, jar, events):
    ticks = os.sysconf("SC_CLK_TCK")
    started = time.time()
    command = [java] + os.environ.get("JAVA_OPTS", "").split() + ["-jar", jar, "summarize", "--json", events]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = {}
    while process.poll() is None:
        thread_cpu(process.pid, ticks, seen)
        time.sleep(0.2)
    wall = time.time() - started
    if process.returncode != 0:
        sys.exit(f"{jar} exited with {process.returncode}")
    cpu = collections.Counter()
    for name, seconds in seen.values():
        cpu[group(name)] += seconds
    return wall, cpu


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, events, jars = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    home = os.environ.get("JAVA_HOME")
    java = os.path.join(home, "bin", "java") if home else "java"
    results = collections.defaultdict(list)
    for r in range(1, rounds + 1):
        for jar in jars:
            load = os.getloadavg()[0]
            wall, cpu = run(java, jar, events)
            results[jar].append((wall, cpu))
            print(f"round {r} {jar}: wall {wall:.2f} s, threads {sum(cpu.values()):.2f} CPU-s ("
                  + ", ".join(f"{g} {cpu[g]:.2f}" for g in GROUPS) + f"), load average {load:.2f}", flush=True)
    print(f"medians of {rounds} rounds (CPU-s per thread group; the last 0.2 s of a run is not sampled):")
    for jar, runs in results.items():
        def median(figure):
            return statistics.median(figure(wall, cpu) for wall, cpu in runs)
        print(f"{jar}: wall {median(lambda w, c: w):.2f} s, threads {median(lambda w, c: sum(c.values())):.2f}, "
              + ", ".join(f"{g} {median(lambda w, c: c[g]):.2f}" for g in GROUPS))


if __name__ == "__main__":
    main()
