package vn.hocvuso.helpdesk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package arrows of STYLE.md: features depend only on what they are allowed to. */
@AnalyzeClasses(packages = "vn.hocvuso.helpdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String ROOT = "vn.hocvuso.helpdesk.";

	@ArchTest
	static final ArchRule pureCoreImportsNoSpring = noClasses().that()
		.resideInAnyPackage(ROOT + "text..", ROOT + "shared..", ROOT + "metrics..", ROOT + "nlu.model..")
		.or()
		.resideInAPackage(ROOT + "knowledge")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.mongodb..");

	@ArchTest
	static final ArchRule textDependsOnNothing = noClasses().that()
		.resideInAPackage(ROOT + "text..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "knowledge..", ROOT + "nlu..", ROOT + "conversation..", ROOT + "cases..",
				ROOT + "residents..", ROOT + "channel..", ROOT + "admin..", ROOT + "web..", ROOT + "store..");

	@ArchTest
	static final ArchRule knowledgeDependsOnNoOtherFeature = noClasses().that()
		.resideInAPackage(ROOT + "knowledge..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "nlu..", ROOT + "conversation..", ROOT + "cases..", ROOT + "residents..",
				ROOT + "channel..", ROOT + "admin..", ROOT + "web..");

	@ArchTest
	static final ArchRule nluDependsOnTextAndKnowledgeOnly = noClasses().that()
		.resideInAPackage(ROOT + "nlu..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "conversation..", ROOT + "cases..", ROOT + "residents..", ROOT + "channel..",
				ROOT + "admin..", ROOT + "web..");

	@ArchTest
	static final ArchRule casesAndResidentsDependOnNoFeature = noClasses().that()
		.resideInAnyPackage(ROOT + "cases..", ROOT + "residents..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "knowledge..", ROOT + "nlu..", ROOT + "conversation..", ROOT + "channel..",
				ROOT + "admin..", ROOT + "web..", ROOT + "indicators..");

	@ArchTest
	static final ArchRule conversationKnowsNoChannel = noClasses().that()
		.resideInAPackage(ROOT + "conversation..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "channel..", ROOT + "admin..", ROOT + "web..");

	@ArchTest
	static final ArchRule deliveryKnowsNoConversationTicketsOrChannel = noClasses().that()
		.resideInAPackage(ROOT + "delivery..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "conversation..", ROOT + "channel..", ROOT + "admin..", ROOT + "nlu..",
				ROOT + "knowledge..", ROOT + "inbox..", ROOT + "tickets..", ROOT + "residents..", ROOT + "wards..");

	@ArchTest
	static final ArchRule inboxKnowsNoFeature = noClasses().that()
		.resideInAPackage(ROOT + "inbox..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "conversation..", ROOT + "channel..", ROOT + "admin..", ROOT + "nlu..",
				ROOT + "knowledge..", ROOT + "cases..", ROOT + "residents..", ROOT + "delivery..");

	@ArchTest
	static final ArchRule indicatorsReadCasesAndKnowledgeOnly = noClasses().that()
		.resideInAPackage(ROOT + "indicators..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "reports..", ROOT + "nlu..", ROOT + "conversation..", ROOT + "residents..",
				ROOT + "channel..", ROOT + "admin..", ROOT + "web..", ROOT + "delivery..", ROOT + "inbox..",
				ROOT + "store..");

	@ArchTest
	static final ArchRule reportsReadIndicatorsAndCasesOnly = noClasses().that()
		.resideInAPackage(ROOT + "reports..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "nlu..", ROOT + "conversation..", ROOT + "residents..", ROOT + "channel..",
				ROOT + "admin..", ROOT + "web..", ROOT + "delivery..", ROOT + "inbox..", ROOT + "store..");

	@ArchTest
	static final ArchRule channelsAreIndependentOfEachOther = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
		.slices()
		.matching(ROOT + "channel.(*)..")
		.should()
		.notDependOnEachOther();

	@ArchTest
	static final ArchRule nothingDependsOnAdmin = noClasses().that()
		.resideOutsideOfPackage(ROOT + "admin..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ROOT + "admin..");

	@ArchTest
	static final ArchRule webDependsOnSharedOnly = noClasses().that()
		.resideInAPackage(ROOT + "web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "knowledge..", ROOT + "nlu..", ROOT + "conversation..", ROOT + "cases..",
				ROOT + "residents..", ROOT + "channel..", ROOT + "admin..", ROOT + "store..");

	@ArchTest
	static final ArchRule wardsKnowOnlyText = noClasses().that()
		.resideInAPackage(ROOT + "wards..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "tickets..", ROOT + "conversation..", ROOT + "cases..", ROOT + "residents..",
				ROOT + "channel..", ROOT + "admin..", ROOT + "web..", ROOT + "nlu..", ROOT + "delivery..");

	@ArchTest
	static final ArchRule ticketsKnowNoConversationOrChannel = noClasses().that()
		.resideInAPackage(ROOT + "tickets..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "conversation..", ROOT + "channel..", ROOT + "admin..", ROOT + "web..",
				ROOT + "nlu..", ROOT + "inbox..");

	@ArchTest
	static final ArchRule onlyTheEditorKnowsTheEditor = noClasses().that()
		.resideOutsideOfPackage(ROOT + "editor..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(ROOT + "editor..");

	@ArchTest
	static final ArchRule editorUsesTheLibraryTheModelAndCasesOnly = noClasses().that()
		.resideInAPackage(ROOT + "editor..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(ROOT + "conversation..", ROOT + "channel..", ROOT + "admin..", ROOT + "residents..",
				ROOT + "delivery..", ROOT + "inbox..", ROOT + "web..");

}
