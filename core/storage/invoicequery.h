#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace relance {

// What an invoice list shows: a filter, a search and an order. "Overdue" and "not yet due"
// need a day of reference, so the query carries it (injected "today").
struct InvoiceQuery
{
    // The open invoices of an aging bucket, at risk (over 60 days late), promised in the next 7
    // days (a promise or a settlement's new due date), in an active payment plan, or under an
    // open dispute: the lists behind the dashboard's figures.
    enum class Filter {
        All,
        Outstanding,
        Overdue,
        NotYetDue,
        PartlyPaid,
        Paid,
        Late1To30,
        Late31To60,
        Late61To90,
        LateOver90,
        AtRisk,
        PromisedThisWeek,
        InPlan,
        Disputed,
    };
    enum class Sort { Number, Client, IssueDate, DueDate, Amount, Balance };

    Filter filter = Filter::All;
    qint64 clientId = 0;  // 0: every client
    QString search;       // in the number, the client's name, or an exact amount ("1 200,00")
    QDate asOf;
    Sort sort = Sort::DueDate;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// Where the previous page ended, for keyset paging: the next page starts strictly after this
// row in the query's order, so page N costs the same as page 1 on 100,000 invoices.
struct InvoiceCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

}  // namespace relance
