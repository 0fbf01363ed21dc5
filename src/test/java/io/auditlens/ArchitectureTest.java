package io.auditlens;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Layering: JavaFX is used only by the window, so the engine and the command line run without it. */
class ArchitectureTest {

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
}
