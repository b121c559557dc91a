package vn.hocvuso.helpdesk;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan check reads the shapes MongoDB 8 answers {@code explain} with: classic plans,
 * slot-based plans (under {@code queryPlan}), sharded plans and the express path.
 */
class QueryPlansTests {

	private static BsonDocument explained(String winningPlan) {
		return BsonDocument.parse(
				"{queryPlanner: {winningPlan: " + winningPlan + ", rejectedPlans: [{stage: " + "'COLLSCAN'}]}, ok: 1}");
	}

	@Test
	void readsTheStagesOfAClassicPlanOutermostFirst() {
		BsonDocument explain = explained(
				"{stage: 'LIMIT', inputStage: {stage: 'FETCH', inputStage: {stage: 'IXSCAN', indexName: 'status_1'}}}");

		assertThat(QueryPlans.stages(explain)).containsExactly("LIMIT", "FETCH", "IXSCAN");
		QueryPlans.assertIndexedWithoutSort(explain);
	}

	@Test
	void readsSlotBasedShardedAndMergedPlans() {
		BsonDocument slotBased = explained("{queryPlan: {stage: 'FETCH', inputStage: {stage: 'IXSCAN'}}, "
				+ "slotBasedPlan: {stages: '[1] cfilter'}}");
		BsonDocument sharded = explained("{stage: 'SHARD_MERGE', shards: [{shardName: 'a', winningPlan: "
				+ "{stage: 'FETCH', inputStage: {stage: 'IXSCAN'}}}, {shardName: 'b', winningPlan: {stage: 'EOF'}}]}");
		BsonDocument merged = explained("{stage: 'FETCH', inputStage: {stage: 'SORT_MERGE', inputStages: "
				+ "[{stage: 'IXSCAN'}, {stage: 'IXSCAN'}]}}");

		assertThat(QueryPlans.stages(slotBased)).containsExactly("FETCH", "IXSCAN");
		assertThat(QueryPlans.stages(sharded)).containsExactly("SHARD_MERGE", "FETCH", "IXSCAN", "EOF");
		assertThat(QueryPlans.stages(merged)).containsExactly("FETCH", "SORT_MERGE", "IXSCAN", "IXSCAN");
		QueryPlans.assertIndexedWithoutSort(merged);
		QueryPlans.assertIndexedWithoutSort(explained("{stage: 'EXPRESS_IXSCAN'}"));
	}

	@Test
	void refusesACollectionScanOrASortInMemory() {
		BsonDocument scanned = explained("{stage: 'SORT', inputStage: {stage: 'COLLSCAN'}}");
		BsonDocument sortedInMemory = explained(
				"{stage: 'SORT', sortPattern: {openedAt: 1}, inputStage: {stage: 'FETCH', inputStage: {stage: 'IXSCAN'}}}");

		assertThatThrownBy(() -> QueryPlans.assertIndexed(scanned)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("COLLSCAN");
		QueryPlans.assertIndexed(sortedInMemory);
		assertThatThrownBy(() -> QueryPlans.assertIndexedWithoutSort(sortedInMemory)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("sorted in memory");
	}

}
