#include "timelineview.h"
#include "columnfit.h"

#include "filedialogs.h"
#include "services/outputpath.h"
#include "storage/database.h"
#include "storage/privatefiles.h"

#include "appcontext.h"
#include "models/timelinemodel.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"

#include <QDir>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace relance::ui {

TimelineView::TimelineView(AppContext &context, Of of, qint64 id, QWidget *parent)
    : QWidget(parent), m_context(context), m_of(of), m_id(id)
{
    auto *layout = new QVBoxLayout(this);
    m_model = new TimelineModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("timeline"));
    m_table->setAccessibleName(tr("What happened, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("E&xport as PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportTimeline"));
    m_export->setToolTip(tr("The whole story in one document, for a lawyer or a collection agency."));
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &TimelineView::exportPdfToChosenFile);
    connect(&context, &AppContext::dataChanged, this, &TimelineView::refresh);
    refresh();
}

void TimelineView::refresh()
{
    const TimelineService service(m_context.db());
    m_model->setEvents(m_of == Of::Invoice ? service.forInvoice(m_id) : service.forClient(m_id));
    keepColumnsFitted(m_table, TimelineModel::Details);
}

QString TimelineView::title() const
{
    if (m_of == Of::Client) {
        const auto client = ClientRepository(m_context.db()).findById(m_id);
        return tr("History of %1").arg(client ? client->name : QString());
    }
    const auto invoice = InvoiceRepository(m_context.db()).findById(m_id);
    return tr("History of invoice %1").arg(invoice ? invoice->number : QString());
}

Status TimelineView::exportPdf(const QString &path) const
{
    QString subtitle;
    if (m_of == Of::Invoice)
        if (const auto invoice = InvoiceRepository(m_context.db()).findById(m_id))
            subtitle = tr("%1 — %2 incl. VAT, due %3")
                           .arg(invoice->clientName, invoice->totalIncl().toString(),
                                QLocale().toString(invoice->dueDate, QLocale::ShortFormat));
    const Result<QByteArray> pdf = TimelineService::pdf(m_model->events(), title(), subtitle, m_context.today());
    if (!pdf)
        return pdf.error();
    if (Status s = checkOutputPath(path, m_context.db().path(), QStringLiteral("output")); !s)
        return s;
    if (Status s = files::writeAtomically(path, *pdf); !s)
        return Error(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), s.error().message));
    return success();
}

void TimelineView::exportPdfToChosenFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(title() + QStringLiteral(".pdf"));
    const QString path = saveFileName(this, tr("Export the history"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPdf(path); !s)
        QMessageBox::warning(this, tr("Export the history"), s.error().message);
}

}  // namespace relance::ui
