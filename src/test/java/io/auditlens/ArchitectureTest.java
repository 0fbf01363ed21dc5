package io.auditlens;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Layering: JavaFX is used only by the window, so the engine and the command line run without it; inside the
 * window each panel has its own package under ui/, and panels meet only in window/'s model and common/.
 */
class ArchitectureTest {

    private static final String UI = "io.auditlens.ui.";
    /** The window's model: the only classes of window/ a panel or common/ may use. */
    private static final Set<String> MODEL = Set.of("ExplorerModel", "LoadedData", "LoadReport", "Notice");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.auditlens");

    @Test
    void onlyTheUiPackageDependsOnJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.auditlens.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("everything outside ui/ must run headless, from the command line and in tests");
        rule.check(PRODUCTION);
    }

    @Test
    void onlyTheEntryPointReachesIntoTheWindow() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.auditlens.ui..")
                .and().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().resideInAPackage("io.auditlens.ui..")
                .because("the engine (engine/, query/, ...) serves the window and the command line alike");
        rule.check(PRODUCTION);
    }

    @Test
    void everyUiClassLivesInAPanelPackage() {
        classes().that().resideInAPackage("io.auditlens.ui..")
                .should().resideInAPackage("io.auditlens.ui.*..")
                .because("ui/ is split room by room: window/, common/ and one package per panel")
                .check(PRODUCTION);
    }

    @Test
    void panelsMeetOnlyInTheWindowModelAndCommon() {
        classes().that().resideInAPackage("io.auditlens.ui..")
                .should(new ArchCondition<JavaClass>("use no other panel, and of window/ only its model") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = room(item).orElseThrow();
                        if (own.equals("window")) {
                            return;
                        }
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            Optional<String> room = room(target);
                            if (room.isEmpty() || room.get().equals(own) || room.get().equals("common")) {
                                continue;
                            }
                            boolean allowed = room.get().equals("window") && MODEL.contains(outermost(target));
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .because("a panel talks to others only through the window's model, never by holding another "
                        + "panel, and common/ serves every panel")
                .check(PRODUCTION);
    }

    /** The sub-package of ui/ a class is in ("table" for io.auditlens.ui.table.EventTable), if any. */
    private static Optional<String> room(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(UI)) {
            return Optional.empty();
        }
        String rest = pkg.substring(UI.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static String outermost(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }
}
