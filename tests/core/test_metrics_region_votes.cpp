// Unit tests of Defuse's vote aggregation on hand-computed cases: several authors, ties to the
// smallest class, none-of-the-above discarded, the ρ boundary (strictly more than ρ), regions
// without votes, an author's repeated vote and the overall agreement.
#include "core/common/error.h"
#include "core/metrics/region_votes.h"
#include <QtTest>
#include <cmath>

using namespace fl::metrics;

namespace {

SampleVotes sample(int index, int prediction, std::vector<Vote> votes) {
    SampleVotes s;
    s.sampleIndex = index;
    s.prediction = prediction;
    s.votes = std::move(votes);
    return s;
}

// Region 0: a misclassification region; 1: a tie everywhere, at the ρ boundary; 2: no votes;
// 3: only none-of-the-above.
std::vector<RegionVotes> fourRegions() {
    constexpr int none = kNoneOfTheAbove;
    return {
        {0,
         {sample(0, 3, {{"ana", 5}, {"bo", 5}, {"cy", 3}}),
          sample(1, 3, {{"ana", 5}, {"bo", none}, {"cy", 5}})}},
        {1, {sample(0, 2, {{"ana", 4}, {"bo", 2}}), sample(1, 2, {{"ana", 4}, {"bo", 2}})}},
        {2, {sample(0, 1, {}), sample(1, 1, {})}},
        {3, {sample(0, 1, {{"ana", none}}), sample(1, 1, {{"bo", none}})}},
    };
}

} // namespace

class TestMetricsRegionVotes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void severalAuthorsAndNoneOfTheAbove() {
        const RegionVoteSummary s = aggregateRegionVotes(fourRegions());
        QCOMPARE(s.regions.size(), std::size_t(4));
        const RegionOutcome& r = s.regions[0];
        QCOMPARE(r.region, 0);
        QVERIFY(r.labelled);
        // Sample 0: 5, 5, 3 against the model's 3.
        QCOMPARE(r.samples[0].votes, 3);
        QCOMPARE(r.samples[0].majority, 5);
        QCOMPARE(r.samples[0].agreeing, 2);
        QCOMPARE(r.samples[0].agreement, 2.0 / 3.0);
        QCOMPARE(r.samples[0].disagreeing, 2);
        // Sample 1: bo's none-of-the-above is discarded: 5, 5.
        QCOMPARE(r.samples[1].votes, 2);
        QCOMPARE(r.samples[1].noneVotes, 1);
        QCOMPARE(r.samples[1].majority, 5);
        QCOMPARE(r.samples[1].agreement, 1.0);
        // The region: votes {3: 1, 5: 4}.
        QCOMPARE(r.votes, 5);
        QCOMPARE(r.noneVotes, 1);
        QCOMPARE(r.majority, 5);
        QCOMPARE(r.agreeing, 4);
        QCOMPARE(r.agreement, 0.8);
        QCOMPARE(r.disagreeing, 4);
        QCOMPARE(r.disagreement, 0.8);
        QVERIFY(r.misclassification);
    }

    void tiesGoToTheSmallestClassAndRhoIsStrict() {
        const RegionVoteSummary s = aggregateRegionVotes(fourRegions());
        const RegionOutcome& r = s.regions[1];
        // Each sample: one 4 and one 2, the model says 2: tie -> 2.
        QCOMPARE(r.samples[0].majority, 2);
        QCOMPARE(r.samples[0].agreement, 0.5);
        QCOMPARE(r.majority, 2); // {2: 2, 4: 2}
        QCOMPARE(r.agreeing, 2);
        QCOMPARE(r.agreement, 0.5);
        QCOMPARE(r.disagreement, 0.5);
        QVERIFY(!r.misclassification); // 0.5 is not more than ρ = 0.5
        QVERIFY(aggregateRegionVotes(fourRegions(), 0.4).regions[1].misclassification);
        QVERIFY(!aggregateRegionVotes(fourRegions(), 0.8).regions[0].misclassification);
        QVERIFY(aggregateRegionVotes(fourRegions(), 0.0).regions[0].misclassification);
    }

    void regionsWithoutVotesAreNotLabelled() {
        const RegionVoteSummary s = aggregateRegionVotes(fourRegions());
        for (int i : {2, 3}) {
            const RegionOutcome& r = s.regions[i];
            QVERIFY(!r.labelled);
            QCOMPARE(r.majority, -1);
            QCOMPARE(r.votes, 0);
            QCOMPARE(r.agreement, 0.0);
            QCOMPARE(r.disagreement, 0.0);
            QVERIFY(!r.misclassification);
            QCOMPARE(r.samples[0].majority, -1);
        }
        QCOMPARE(s.regions[3].noneVotes, 2);
        QCOMPARE(s.regions[2].noneVotes, 0);
        // Overall: over the votes of the labelled regions 0 and 1.
        QCOMPARE(s.labelledRegions, 2);
        QCOMPARE(s.misclassificationRegions, 1);
        QCOMPARE(s.votes, 9);
        QCOMPARE(s.agreeing, 6);
        QCOMPARE(s.agreement, 6.0 / 9.0);
        // Figure 7: mean sample agreement, in region 0 (2/3 and 1) and outside (1/2 and 1/2).
        QCOMPARE(s.sampleAgreementInRegions, (2.0 / 3.0 + 1.0) / 2.0);
        QCOMPARE(s.sampleAgreementOutside, 0.5);
        const RegionVoteSummary empty = aggregateRegionVotes({});
        QVERIFY(empty.regions.empty());
        QCOMPARE(empty.agreement, 0.0);
    }

    void regionMajorityIsOverAllItsVotes() {
        // Sample majorities 1, 2, 2; the region's votes {0: 1, 1: 2, 2: 4} -> 2.
        const std::vector<RegionVotes> in{
            {7,
             {sample(0, 1, {{"a", 1}, {"b", 1}, {"c", 2}}),
              sample(1, 1, {{"a", 2}, {"b", 2}, {"c", 0}}), sample(2, 1, {{"a", 2}})}}};
        const RegionOutcome r = aggregateRegionVotes(in).regions[0];
        QCOMPARE(r.region, 7);
        QCOMPARE(r.samples[0].majority, 1);
        QCOMPARE(r.samples[1].majority, 2);
        QCOMPARE(r.majority, 2);
        QCOMPARE(r.votes, 7);
        QCOMPARE(r.agreeing, 4);
        QCOMPARE(r.disagreeing, 5); // all but the two 1s
        QCOMPARE(r.disagreement, 5.0 / 7.0);
        QVERIFY(r.misclassification);
    }

    void anAuthorsLastVoteCounts() {
        const std::vector<RegionVotes> in{
            {0, {sample(0, 0, {{"ana", 1}, {"bo", 0}, {"ana", 0}, {"bo", kNoneOfTheAbove}})}}};
        const SampleOutcome s = aggregateRegionVotes(in).regions[0].samples[0];
        QCOMPARE(s.votes, 1); // ana's 0; bo's last word is none of the above
        QCOMPARE(s.noneVotes, 1);
        QCOMPARE(s.majority, 0);
        QCOMPARE(s.disagreeing, 0);
    }

    void badInput() {
        for (double rho : {-0.1, 1.5, std::nan("")}) {
            try {
                aggregateRegionVotes(fourRegions(), rho);
                QFAIL("accepted a bad ρ");
            } catch (const fl::Error& e) {
                QCOMPARE(e.kind(), fl::ErrorKind::BadInput);
            }
        }
        try {
            aggregateRegionVotes({{4, {sample(2, 0, {{"ana", -2}})}}});
            QFAIL("accepted class -2");
        } catch (const fl::Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find("region 4, sample 2, author \"ana\": class -2") != std::string::npos,
                     msg.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsRegionVotes)
#include "test_metrics_region_votes.moc"
