package vn.hocvuso.helpdesk.architecture;

import java.util.Arrays;
import java.util.stream.Stream;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import vn.hocvuso.helpdesk.escalation.HandOff;
import vn.hocvuso.helpdesk.escalation.Situation;
import vn.hocvuso.helpdesk.tickets.NewMessages;
import vn.hocvuso.helpdesk.tickets.NewTicket;
import vn.hocvuso.helpdesk.tickets.TicketChanges;
import vn.hocvuso.helpdesk.tickets.Urgency;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package arrows of README's "How it is built": for each feature package, the
 * packages it may use (anything outside the project is allowed); no cycles between
 * features; channels independent of each other; only escalation (and the console, inside
 * tickets) changes tickets; storage adapters named {@code *Store}; a Spring-free core.
 */
@AnalyzeClasses(packages = "vn.hocvuso.helpdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String ROOT = "vn.hocvuso.helpdesk";

	/** Every package with its allow-list below; a new package must be added here. */
	private static final String[] PACKAGES = { "shared", "text", "metrics", "store", "knowledge", "nlu", "wards",
			"residents", "cases", "delivery", "inbox", "tickets", "escalation", "conversation", "channel", "editor",
			"indicators", "reports", "admin", "web", "loadtest", "audit", "privacy", "classes", "campaigns" };

	@ArchTest
	static final ArchRule sharedUsesNoFeature = mayUseOnly("shared");

	@ArchTest
	static final ArchRule textUsesNoFeature = mayUseOnly("text");

	@ArchTest
	static final ArchRule metricsUsesNoFeature = mayUseOnly("metrics");

	@ArchTest
	static final ArchRule storeUsesOnlyShared = mayUseOnly("store", "shared");

	@ArchTest
	static final ArchRule knowledgeUsesNoFeature = mayUseOnly("knowledge");

	@ArchTest
	static final ArchRule nluUsesTextKnowledgeAndMetrics = mayUseOnly("nlu", "text", "knowledge", "metrics");

	@ArchTest
	static final ArchRule wardsUseText = mayUseOnly("wards", "text");

	@ArchTest
	static final ArchRule residentsUseSharedAndStore = mayUseOnly("residents", "shared", "store");

	@ArchTest
	static final ArchRule casesUseSharedAndStore = mayUseOnly("cases", "shared", "store");

	@ArchTest
	static final ArchRule deliveryUsesSharedMetricsAndStore = mayUseOnly("delivery", "shared", "metrics", "store");

	@ArchTest
	static final ArchRule inboxUsesSharedMetricsAndStore = mayUseOnly("inbox", "shared", "metrics", "store");

	@ArchTest
	static final ArchRule ticketsUseResidentsWardsDeliveryAndTheLibrary = mayUseOnly("tickets", "shared", "text",
			"metrics", "residents", "wards", "delivery", "knowledge", "store");

	@ArchTest
	static final ArchRule escalationUsesTicketsAndWhatAHandOffNeeds = mayUseOnly("escalation", "shared", "text",
			"metrics", "nlu", "knowledge", "cases", "residents", "wards", "tickets", "delivery");

	@ArchTest
	static final ArchRule conversationUsesEscalationNotTickets = mayUseOnly("conversation", "shared", "text", "metrics",
			"nlu", "knowledge", "cases", "residents", "escalation", "delivery", "classes");

	@ArchTest
	static final ArchRule classesUseResidentsWardsAndDelivery = mayUseOnly("classes", "shared", "residents", "wards",
			"delivery");

	@ArchTest
	static final ArchRule campaignsReachResidentsThroughDelivery = mayUseOnly("campaigns", "shared", "residents",
			"delivery", "wards");

	@ArchTest
	static final ArchRule channelsUseConversationInboxDeliveryAndStore = mayUseOnly("channel", "shared", "metrics",
			"inbox", "delivery", "conversation", "store");

	@ArchTest
	static final ArchRule editorUsesTheLibraryTheModelCasesAndTickets = mayUseOnly("editor", "shared", "text",
			"knowledge", "nlu", "cases", "tickets");

	@ArchTest
	static final ArchRule indicatorsReadCasesTicketsWardsAndTheLibrary = mayUseOnly("indicators", "shared", "metrics",
			"knowledge", "cases", "tickets", "wards", "classes", "store");

	@ArchTest
	static final ArchRule reportsReadIndicatorsCasesAndTickets = mayUseOnly("reports", "shared", "cases", "indicators",
			"tickets", "classes", "wards");

	@ArchTest
	static final ArchRule adminUsesCasesWardsAndTheStore = mayUseOnly("admin", "shared", "cases", "wards", "store");

	@ArchTest
	static final ArchRule webUsesSharedAndTheAuditLog = mayUseOnly("web", "shared", "audit");

	@ArchTest
	static final ArchRule auditUsesOnlyTheStore = mayUseOnly("audit", "store");

	@ArchTest
	static final ArchRule privacyReadsAndErasesResidentsCasesAndTickets = mayUseOnly("privacy", "shared", "audit",
			"residents", "cases", "tickets");

	@ArchTest
	static final ArchRule loadtestUsesCasesTicketsAndStore = mayUseOnly("loadtest", "shared", "cases", "tickets",
			"store");

	@ArchTest
	static final ArchRule everyPackageHasAnAllowList = classes().should()
		.resideInAnyPackage(
				Stream.concat(Stream.of(ROOT), Arrays.stream(PACKAGES).map((name) -> ROOT + "." + name + ".."))
					.toArray(String[]::new));

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule channelsAreIndependentOfEachOther = slices().matching(ROOT + ".channel.(*)..")
		.should()
		.notDependOnEachOther();

	@ArchTest
	static final ArchRule onlyEscalationAndTheConsoleChangeTickets = noClasses().that()
		.resideOutsideOfPackages(ROOT + ".tickets..", ROOT + ".escalation..")
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(TicketChanges.class, NewTicket.class, NewMessages.class, Urgency.class);

	@ArchTest
	static final ArchRule onlyStoresTouchCollections = noClasses().that()
		.haveNameNotMatching(".*Store(\\$.*)?")
		.and()
		.resideOutsideOfPackages(ROOT + ".store..", ROOT + ".loadtest..")
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(MongoCollection.class)
		.because("a class that reads or writes a collection is its feature's *Store");

	@ArchTest
	static final ArchRule pureCoreImportsNoSpring = noClasses().that()
		.resideInAnyPackage(ROOT + ".text..", ROOT + ".shared..", ROOT + ".metrics..", ROOT + ".nlu.model..")
		.or()
		.resideInAPackage(ROOT + ".knowledge")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.mongodb..");

	@ArchTest
	static final ArchRule theHandOffRulesNeedNoSpringOrStore = noClasses().that()
		.haveSimpleNameStartingWith("HandOff")
		.or()
		.belongToAnyOf(Situation.class, HandOff.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.mongodb..", "reactor..");

	/**
	 * Classes of {@code feature} use nothing of the project but their own package and
	 * {@code allowed} (with sub-packages); anything outside the project is fine.
	 */
	private static ArchRule mayUseOnly(String feature, String... allowed) {
		String[] packages = Stream.concat(Stream.of(feature), Arrays.stream(allowed))
			.map((name) -> ROOT + "." + name + "..")
			.toArray(String[]::new);
		DescribedPredicate<JavaClass> permitted = resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(packages));
		return classes().that()
			.resideInAPackage(ROOT + "." + feature + "..")
			.should()
			.onlyDependOnClassesThat(permitted.as("outside the project or in " + String.join(", ", packages)));
	}

}
