#pragma once

#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace relance {

// A run of text in a paragraph. Template text may mark **bold**; substituted values never can.
struct TextRun
{
    QString text;
    bool bold = false;
    bool operator==(const TextRun &) const = default;
};

// One block of a letter's body once expanded. Lines of a paragraph are kept ('\n').
struct LetterBlock
{
    // PaymentsTable: the payments received, on a statement of account (no template places it).
    enum class Kind {
        Paragraph,
        Bullet,
        InvoiceTable,
        InterestTable,
        PaymentDetails,
        ScheduleTable,
        DebtorSignature,
        PaymentsTable,
    };
    Kind kind = Kind::Paragraph;
    QList<TextRun> runs;

    QString plainText() const;
};

// The text of one letter kind in one language, in sections as the user edits it:
//
//   [subject]
//   Relance : facture {invoice.number}
//   [letter]
//   {if consumer}...{end}
//
// Sections: title, subject, letter, enclosures, email.subject, email, sms. A line "# ..." is a
// comment; "{{" and "}}" are literal braces. In the letter, a blank line ends a paragraph, a
// line "- ..." is a bullet, and {invoice_table}, {interest_table} and {payment_details} stand
// alone on their line. A line holding only {if flag}, {if not flag}, {else} or {end} keeps or
// drops the lines up to the matching {else}/{end}.
class LetterTemplate
{
public:
    static QStringList sectionNames();
    // Errors name the line of the text.
    static Result<LetterTemplate> parse(const QString &text, const QString &origin);

    QString section(const QString &name) const { return m_sections.value(name); }
    int firstLine(const QString &name) const { return m_firstLine.value(name, 1); }
    QString text() const { return m_text; }

private:
    QString m_text;
    QMap<QString, QString> m_sections;
    QHash<QString, int> m_firstLine;  // line (1-based) of the section's first line of content
};

// The documented placeholders ({client.name}...) and conditions ({if b2b}...).
struct PlaceholderInfo
{
    QString name;
    QString description;  // translated
    bool block = false;   // stands alone on a line of the letter
};
const QList<PlaceholderInfo> &letterPlaceholders();
const QList<PlaceholderInfo> &letterConditions();

// Every problem of a template (unknown placeholder or condition, unbalanced {if}/{end}, a table
// outside the letter or not alone on its line), each naming its line and the placeholder.
QList<Error> checkTemplate(const LetterTemplate &letterTemplate);

struct TemplateValues
{
    QHash<QString, QString> text;  // placeholder name -> value (plain text, never markup)
    QSet<QString> flags;           // the conditions that hold
};

// French typography: a no-break space before : and », a narrow one before ; ! ?, after « and n°.
QString frenchSpaces(QString text);

// Expands a section into blocks. `french`: non-breaking spaces before : ; ! ? » and after «.
QList<LetterBlock> expandBlocks(const QString &section, const TemplateValues &values, bool french);
// Expands a section to plain text (subject, e-mail, text message): paragraphs separated by a
// blank line, bullets kept as "- ", no bold markers.
QString expandPlain(const QString &section, const TemplateValues &values, bool french);

}  // namespace relance
