#include "rules/escalation.h"
#include "rules/jurisdiction.h"
#include "rules/risk.h"

#include <QtTest>

using namespace relance;

// Expected dates are worked out by hand on a 2025 calendar (8 May and 1 May are holidays).
class TestEscalation : public QObject
{
    Q_OBJECT

    static Ladder ladder(const char *key)
    {
        for (const Ladder &l : builtInLadders())
            if (l.builtInKey == QLatin1String(key))
                return l;
        qFatal("no ladder %s", key);
    }

    static CollectionAction done(int step, const QDate &date, Outcome outcome = Outcome::Done)
    {
        CollectionAction a;
        a.stepIndex = step;
        a.date = date;
        a.outcome = outcome;
        return a;
    }

    static PlannedStep plan(const Ladder &l, const QList<CollectionAction> &actions, const QDate &asOf,
                            const QDate &due = QDate(2025, 5, 7))
    {
        const auto p = planNextStep(l, due, actions, asOf);
        if (!p)
            qFatal("ladder finished");
        return *p;
    }

private slots:
    void shippedLaddersFollowTheGuide()
    {
        const Ladder standard = ladder("standard");
        QCOMPARE(standard.steps.size(), 7);
        QCOMPARE(standard.steps.at(0).offsetDays, -3);
        QCOMPARE(standard.steps.at(2).channel, Channel::Phone);
        QCOMPARE(standard.steps.at(4).channel, Channel::RegisteredLetter);
        QCOMPARE(standard.steps.at(5).anchor, StepAnchor::Receipt);
        QCOMPARE(standard.steps.at(5).paymentDeadlineDays, 8);
        QCOMPARE(standard.steps.at(6).anchor, StepAnchor::Deadline);
        const Ladder gentle = ladder("gentle");
        QCOMPARE(gentle.steps.at(0).offsetDays, 30);
        QCOMPARE(gentle.steps.at(1).dayKind, DayKind::Ouvres);
        QCOMPARE(gentle.steps.at(1).channel, Channel::TextMessage);
    }

    void courtesyReminderBeforeTheDueDate()
    {
        // Due Wednesday 7 May; 3 days before is Sunday 4 May: moved to Monday 5 May.
        const PlannedStep p = plan(ladder("standard"), {}, QDate(2025, 5, 1));
        QCOMPARE(p.stepIndex, 0);
        QCOMPARE(p.date, QDate(2025, 5, 5));
    }

    void courtesyIsSkippedOnceDue()
    {
        const PlannedStep p = plan(ladder("standard"), {}, QDate(2025, 5, 10));
        QCOMPARE(p.stepIndex, 1);
        QCOMPARE(p.date, QDate(2025, 5, 7));
    }

    void stepsFollowTheDueDateWhenOnTime()
    {
        const PlannedStep p = plan(ladder("standard"), {done(1, {2025, 5, 7})}, QDate(2025, 5, 10));
        QCOMPARE(p.stepIndex, 2);
        QCOMPARE(p.date, QDate(2025, 5, 14));  // due + 7
    }

    void aLateStepPushesTheNextOne()
    {
        // First e-mail sent on 20 May instead of 7 May: the call keeps its 7 days' spacing.
        const PlannedStep p = plan(ladder("standard"), {done(1, {2025, 5, 20})}, QDate(2025, 5, 21));
        QCOMPARE(p.date, QDate(2025, 5, 27));
    }

    void anUnansweredCallIsTriedAgainNextWorkingDay()
    {
        const QList<CollectionAction> actions{done(1, {2025, 5, 20}), done(2, {2025, 5, 27}, Outcome::NoAnswer)};
        PlannedStep p = plan(ladder("standard"), actions, QDate(2025, 5, 27));
        QCOMPARE(p.stepIndex, 2);
        QCOMPARE(p.attempts, 1);
        QCOMPARE(p.date, QDate(2025, 5, 28));
        // Friday's unanswered call comes back on Monday.
        p = plan(ladder("standard"), {done(1, {2025, 5, 20}), done(2, {2025, 5, 30}, Outcome::NoAnswer)},
                 QDate(2025, 5, 30));
        QCOMPARE(p.date, QDate(2025, 6, 2));
    }

    void theCallDoneMovesToTheSecondReminder()
    {
        const QList<CollectionAction> actions{done(1, {2025, 5, 20}), done(2, {2025, 5, 27}, Outcome::NoAnswer),
                                              done(2, {2025, 5, 28})};
        const PlannedStep p = plan(ladder("standard"), actions, QDate(2025, 5, 28));
        QCOMPARE(p.stepIndex, 3);
        QCOMPARE(p.attempts, 0);
        QCOMPARE(p.date, QDate(2025, 6, 5));  // 28 May + 8 (15 - 7)
    }

    void formalNoticeFromTheReceiptOfTheRegisteredLetter()
    {
        CollectionAction registered = done(4, {2025, 6, 10});
        registered.channel = Channel::RegisteredLetter;
        PlannedStep p = plan(ladder("standard"), {registered}, QDate(2025, 6, 11));
        QCOMPARE(p.stepIndex, 5);
        QCOMPARE(p.date, QDate(2025, 6, 18));  // no receipt yet: from posting, flagged
        QVERIFY(p.receiptAssumed);
        registered.receiptDate = QDate(2025, 6, 12);
        p = plan(ladder("standard"), {registered}, QDate(2025, 6, 13));
        QCOMPARE(p.date, QDate(2025, 6, 20));
        QVERIFY(!p.receiptAssumed);
    }

    void handOverAfterTheNoticeDeadline()
    {
        CollectionAction notice = done(5, {2025, 6, 20});
        notice.channel = Channel::FormalNotice;
        notice.receiptDate = QDate(2025, 6, 23);
        const Ladder standard = ladder("standard");
        QCOMPARE(paymentDeadline(standard.steps.at(5), notice), QDate(2025, 7, 1));  // 23 June + 8
        const PlannedStep p = plan(standard, {notice}, QDate(2025, 6, 24));
        QCOMPARE(p.stepIndex, 6);
        QCOMPARE(p.date, QDate(2025, 7, 2));
        QVERIFY(!planNextStep(standard, QDate(2025, 5, 7), {notice, done(6, {2025, 7, 2})}, QDate(2025, 7, 3)));
    }

    void notesOutsideTheLadderDoNotMoveIt()
    {
        CollectionAction note = done(-1, {2025, 5, 20});
        const PlannedStep p = plan(ladder("standard"), {note}, QDate(2025, 5, 21));
        QCOMPARE(p.stepIndex, 1);
    }

    void gentleLadderCountsWorkingDays()
    {
        const Ladder gentle = ladder("gentle");
        // Due 1 April: 30 days later is 1 May, a holiday: Friday 2 May.
        PlannedStep p = plan(gentle, {}, QDate(2025, 4, 20), QDate(2025, 4, 1));
        QCOMPARE(p.date, QDate(2025, 5, 2));
        // The text message 5 jours ouvrés after 2 May: 5, 6, 7, (8 holiday), 9, 12 May.
        p = plan(gentle, {done(0, {2025, 5, 2})}, QDate(2025, 5, 3), QDate(2025, 4, 1));
        QCOMPARE(p.stepIndex, 1);
        QCOMPARE(p.date, QDate(2025, 5, 12));
        // Last e-mail 5 calendar days after the text on 12 May: Saturday 17 -> Monday 19.
        p = plan(gentle, {done(0, {2025, 5, 2}), done(1, {2025, 5, 12})}, QDate(2025, 5, 13), QDate(2025, 4, 1));
        QCOMPARE(p.date, QDate(2025, 5, 19));
    }

    void recoveryRiskFollowsTheFigures()
    {
        QCOMPARE(recoveryRisk(0), RecoveryRisk::None);
        QCOMPARE(recoveryRisk(1), RecoveryRisk::Low);
        QCOMPARE(recoveryRisk(60), RecoveryRisk::Low);
        QCOMPARE(recoveryRisk(61), RecoveryRisk::High);
        QCOMPARE(recoveryRisk(95), RecoveryRisk::High);
        QCOMPARE(recoveryRisk(96), RecoveryRisk::Critical);
    }

    void limitationCountdown()
    {
        const JurisdictionProfile &b2b = *ProfileSet::builtIn().find(QStringLiteral("fr-b2b"));
        const JurisdictionProfile &b2c = *ProfileSet::builtIn().find(QStringLiteral("fr-b2c"));
        Limitation l = limitation(b2b, QDate(2021, 6, 15), QDate(2021, 6, 30), QDate(2025, 12, 15));
        QCOMPARE(l.expires, QDate(2026, 6, 15));
        QCOMPARE(l.daysLeft, 182);
        QVERIFY(l.warn);
        QVERIFY(!limitation(b2b, QDate(2021, 6, 15), QDate(), QDate(2025, 12, 14)).warn);
        l = limitation(b2c, QDate(), QDate(2024, 12, 10), QDate(2026, 12, 11));  // no service date: issue date
        QCOMPARE(l.expires, QDate(2026, 12, 10));
        QVERIFY(l.expired);
        QCOMPARE(l.daysLeft, -1);
    }

    void paymentTermsOverTheLegalMaximum()
    {
        const JurisdictionProfile &b2b = *ProfileSet::builtIn().find(QStringLiteral("fr-b2b"));
        // Issued 15 January 2025: 60 days is 16 March; 45 days end of month is 31 March at the latest.
        QCOMPARE(latestLawfulDueDate(b2b, QDate(2025, 1, 15)), std::optional(QDate(2025, 3, 31)));
        QVERIFY(paymentTermsWarning(b2b, QDate(2025, 1, 15), QDate(2025, 3, 31)).isEmpty());
        const QString warning = paymentTermsWarning(b2b, QDate(2025, 1, 15), QDate(2025, 4, 1));
        QVERIFY2(warning.contains(QStringLiteral("76 days")), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("L441-10")));
        const JurisdictionProfile &be = *ProfileSet::builtIn().find(QStringLiteral("be-b2b"));
        QCOMPARE(latestLawfulDueDate(be, QDate(2025, 1, 15)), std::optional(QDate(2025, 3, 16)));
        QVERIFY(!latestLawfulDueDate(*ProfileSet::builtIn().find(QStringLiteral("fr-b2c")), QDate(2025, 1, 15)));
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
