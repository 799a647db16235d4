#include "clientsheetdialog.h"

#include "appcontext.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "screenfit.h"
#include "statementdialog.h"
#include "views/columnfit.h"
#include "views/tableviews.h"
#include "views/timelineview.h"

#include "services/agreementservice.h"
#include "services/letterservice.h"
#include "storage/agreementrepository.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/letterrepository.h"
#include "storage/paymentrepository.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
QString shortDate(const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); }


// "on track" -> "On track": the labels are written to sit inside a sentence; a cell starts one.
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QList<QStandardItem *> row(const QStringList &cells, const QVariant &data = {})
{
    QList<QStandardItem *> items;
    for (const QString &text : cells) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setData(data, Qt::UserRole);
        items << item;
    }
    return items;
}

// A value of the contact tab: selectable, and "not given" rather than a blank.
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setWordWrap(true);
    if (text.trimmed().isEmpty()) {
        label->setText(QStringLiteral("<i>%1</i>").arg(ClientSheetDialog::tr("not given")));
        label->setTextFormat(Qt::RichText);
    } else {
        label->setTextFormat(Qt::PlainText);
        label->setText(text.trimmed());
    }
    return label;
}
}  // namespace

ClientSheetDialog::ClientSheetDialog(AppContext &context, qint64 clientId, QWidget *parent)
    : QDialog(parent), m_context(context), m_clientId(clientId)
{
    auto *layout = new QVBoxLayout(this);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("sheetName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_standing = new QLabel(this);
    m_standing->setObjectName(QStringLiteral("sheetStanding"));
    m_standing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact = new QLabel(this);
    m_contact->setObjectName(QStringLiteral("sheetContactLine"));
    m_contact->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_contact->setOpenExternalLinks(true);
    layout->addWidget(m_name);
    layout->addWidget(m_standing);
    layout->addWidget(m_contact);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("clientSheetTabs"));
    layout->addWidget(m_tabs, 1);

    m_invoices = new InvoiceTableModel(context, this);
    InvoiceQuery query;
    query.clientId = clientId;
    query.asOf = context.today();
    query.sort = InvoiceQuery::Sort::DueDate;
    query.order = Qt::DescendingOrder;
    m_invoices->setQuery(query);
    QTableView *invoices = makeInvoiceTable(m_invoices, this);
    invoices->setObjectName(QStringLiteral("sheetInvoices"));
    invoices->setAccessibleName(tr("Invoices"));
    invoices->setColumnHidden(InvoiceTableModel::Client, true);
    m_tabs->addTab(invoices, tr("&Invoices"));
    connect(invoices, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit invoiceActivated(index.data(InvoiceTableModel::InvoiceIdRole).toLongLong());
    });

    m_payments = new PaymentTableModel(this);
    QTableView *payments = addTable(tr("&Payments"), "sheetPayments", m_payments);
    payments->setColumnHidden(PaymentTableModel::Client, true);
    connect(payments, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(PaymentTableModel::InvoiceIdRole).toLongLong(); id > 0)
            emit invoiceActivated(id);
    });

    m_letters = new QStandardItemModel(this);
    m_letters->setHorizontalHeaderLabels(
        {tr("Date"), tr("Letter"), tr("Sent by"), tr("Amount claimed"), tr("Registered number"), tr("Receipt")});
    QTableView *letters = addTable(tr("&Letters"), "sheetLetters", m_letters);
    letters->setToolTip(tr("Double-click a letter to open the PDF that was sent."));
    connect(letters, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto letter = LetterRepository(m_context.db()).find(index.data(Qt::UserRole).toLongLong());
        if (!letter)
            return;
        const QString path =
            LetterService(m_context.db(), LetterService::defaultArchiveDirectory(m_context.db().path()))
                .pathOf(*letter);
        if (!QFileInfo::exists(path) || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            QMessageBox::warning(this, windowTitle(), tr("The letter's file cannot be opened: %1").arg(path));
    });

    m_agreements = new QStandardItemModel(this);
    m_agreements->setHorizontalHeaderLabels(
        {tr("Agreement"), tr("Agreed on"), tr("Invoices"), tr("Amount"), tr("Status")});
    addTable(tr("A&greements"), "sheetAgreements", m_agreements);

    auto *contact = new QWidget(this);
    contact->setObjectName(QStringLiteral("sheetContact"));
    m_tabs->addTab(contact, tr("C&ontact"));
    auto *history = new TimelineView(context, TimelineView::Of::Client, clientId, this);
    m_tabs->addTab(history, tr("&History"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *statement = buttons->addButton(tr("&Statement of account…"), QDialogButtonBox::ActionRole);
    statement->setObjectName(QStringLiteral("statementOfAccount"));
    statement->setToolTip(tr("The client's open invoices and payments of the past year, to print or save as PDF."));
    auto *edit = buttons->addButton(tr("&Edit the client…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("editClient"));
    buttons->setFocusProxy(nullptr);  // see LetterDialog: Tab would circle among the buttons
    layout->addWidget(buttons);
    connect(statement, &QPushButton::clicked, this, [this] {
        StatementDialog dialog(m_context, m_clientId, this);
        dialog.exec();
    });
    connect(edit, &QPushButton::clicked, this, [this] { emit editClientRequested(m_clientId); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&context, &AppContext::dataChanged, this, &ClientSheetDialog::reload);
    reload();
    resizeToFit(this, QSize(980, 640));
}

QTableView *ClientSheetDialog::addTable(const QString &title, const char *name, QAbstractItemModel *model)
{
    auto *table = new QTableView(this);
    table->setObjectName(QString::fromLatin1(name));
    table->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    setUpListTable(table);
    table->setModel(model);
    keepColumnsFitted(table);
    m_tabs->addTab(table, title);
    return table;
}

QString ClientSheetDialog::standing() const { return m_standing->text(); }

void ClientSheetDialog::reload()
{
    const auto client = ClientRepository(m_context.db()).findById(m_clientId);
    if (!client) {  // deleted meanwhile (undo of its creation)
        reject();
        return;
    }
    const QDate today = m_context.today();
    setWindowTitle(tr("Client sheet: %1").arg(client->name));
    m_name->setText(client->name);
    const InvoiceRepository::Standing standing =
        InvoiceRepository(m_context.db()).standingOf({m_clientId}, today).value(m_clientId);
    m_standing->setText(
        standing.owed.isEmpty() ? tr("Owes nothing today.")
        : standing.overdue.isEmpty()
            ? tr("Outstanding: %1, none of it overdue.").arg(Money::toString(standing.owed))
            : tr("Outstanding: %1, of which overdue: %2.").arg(Money::toString(standing.owed), Money::toString(standing.overdue)));
    QStringList reach;
    if (!client->email.trimmed().isEmpty())
        reach << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(client->email.trimmed().toHtmlEscaped());
    if (!client->phone.trimmed().isEmpty())
        reach << client->phone.trimmed().toHtmlEscaped();
    if (!client->contactPerson.trimmed().isEmpty())
        reach.prepend(client->contactPerson.trimmed().toHtmlEscaped());
    m_contact->setText(reach.join(QStringLiteral(" · ")));
    m_contact->setVisible(!reach.isEmpty());

    m_invoices->reload();

    QList<ReceivedPayment> received;
    for (Payment &p : PaymentRepository(m_context.db()).fromClient(m_clientId, QDate(1900, 1, 1), today))
        received << ReceivedPayment{std::move(p), {client->name}};
    std::reverse(received.begin(), received.end());  // newest first, like the letters
    m_payments->setPayments(received);

    m_letters->removeRows(0, m_letters->rowCount());
    for (const ArchivedLetter &l : LetterRepository(m_context.db()).forClient(m_clientId)) {
        QString receipt;
        if (l.receipt != ReceiptStatus::Unknown)
            receipt = tr("%1 on %2").arg(receiptStatusLabel(l.receipt), shortDate(l.receiptDate));
        m_letters->appendRow(row({shortDate(l.date), letterKindLabel(l.kind), channelLabel(l.channel),
                                  l.totalDue.toString(), l.trackingNumber, receipt},
                                 l.id));
    }

    m_agreements->removeRows(0, m_agreements->rowCount());
    const AgreementService agreements(m_context.db());
    for (const PlanView &v : agreements.plansForClient(m_clientId, today)) {
        QString status = capitalized(planHealthLabel(v.health));
        if (v.plan.status == PlanStatus::Broken)
            status = tr("Broken on %1").arg(shortDate(v.plan.statusDate));
        else if (v.plan.status == PlanStatus::Cancelled)
            status = tr("Cancelled on %1").arg(shortDate(v.plan.statusDate));
        m_agreements->appendRow(row({tr("Payment plan, %n instalment(s)", nullptr, int(v.plan.instalments.size())),
                                     shortDate(v.plan.createdOn), v.plan.invoiceNumbers.join(QStringLiteral(", ")),
                                     v.plan.target().toString(), status},
                                    v.plan.id));
    }
    for (const Settlement &s : AgreementRepository(m_context.db()).settlementsForClient(m_clientId))
        m_agreements->appendRow(row(
            {s.agreedWith.isEmpty() ? tr("Settlement") : tr("Settlement with %1").arg(s.agreedWith), shortDate(s.date),
             s.invoiceNumbers.join(QStringLiteral(", ")), QString(), capitalized(settlementStatusLabel(s.status))},
            s.id));

    // The contact tab, rebuilt: the client may have been edited.
    QWidget *contact = m_tabs->widget(ContactTab);
    delete contact->layout();
    qDeleteAll(contact->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *form = new QFormLayout(contact);
    const QString postal =
        QStringList{client->address.trimmed(),
                    QStringLiteral("%1 %2").arg(client->postalCode.trimmed(), client->city.trimmed()).trimmed()}
            .join(QLatin1Char('\n'))
            .trimmed();
    form->addRow(tr("Contact person:"), valueLabel(client->contactPerson, contact));
    form->addRow(tr("E-mail:"), valueLabel(client->email, contact));
    form->addRow(tr("Phone:"), valueLabel(client->phone, contact));
    form->addRow(tr("Postal address:"), valueLabel(postal, contact));
    form->addRow(tr("Payment terms:"), valueLabel(tr("%n day(s)", nullptr, client->paymentTermsDays), contact));
    form->addRow(tr("Notes:"), valueLabel(client->notes, contact));
}

}  // namespace relance::ui
