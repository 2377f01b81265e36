#include "clustering.h"

#include <QTest>

using namespace graft::harness;

class TstClustering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsBySignature();
    void boundsExamples();
    void ordersLargestFirst();
};

void TstClustering::groupsBySignature()
{
    Clustering clustering;
    const Signature like{"sql-divergence", "/sql/*", "public.v_user", "LIKE"};
    const Signature age{"response-divergence", "/data/users/*/age", "users.age", ""};
    clustering.add("a", like, {{DiffKind::Sql, "/sql/0", "x", "y", "text", false}}, true, false);
    clustering.add("b", like, {}, false, true);
    clustering.add("c", age, {}, true, false);
    const std::vector<Cluster> clusters = clustering.clusters();
    QCOMPARE(clusters.size(), std::size_t(2));
    QCOMPARE(clusters[0].signature, like);
    QCOMPARE(clusters[0].count, std::size_t(2));
    QCOMPARE(clusters[0].gating, std::size_t(1));
    QCOMPARE(clusters[0].accepted, std::size_t(1));
    QCOMPARE(clusters[0].examples, (std::vector<std::string>{"a", "b"}));
    QCOMPARE(clusters[0].sample.size(), std::size_t(1));
    QCOMPARE(clusters[1].signature.key(), std::string("response-divergence|/data/users/*/age|users.age|"));
}

void TstClustering::boundsExamples()
{
    Clustering clustering(3);
    for (int i = 0; i < 10; ++i)
        clustering.add("case" + std::to_string(i), Signature{"noise", "/data", "", ""}, {}, false, false);
    const Cluster cluster = clustering.clusters().front();
    QCOMPARE(cluster.count, std::size_t(10));
    QCOMPARE(cluster.examples, (std::vector<std::string>{"case0", "case1", "case2"}));
}

void TstClustering::ordersLargestFirst()
{
    Clustering clustering;
    clustering.add("a", Signature{"x", "", "", ""}, {}, true, false);
    clustering.add("b", Signature{"y", "", "", ""}, {}, true, false);
    clustering.add("c", Signature{"y", "", "", ""}, {}, true, false);
    QCOMPARE(clustering.clusters().front().signature.outcome, std::string("y"));
}

QTEST_APPLESS_MAIN(TstClustering)
#include "tst_clustering.moc"
