#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace relance {

// XML from outside (e-invoices, bank statements) is read through this. It refuses:
// - a document type declaration: e-invoices and statements never carry one, and its entities
//   can expand a few hundred kilobytes into gigabytes ("billion laughs");
// - nesting deeper than kMaxDepth: the deepest real file has about 12 levels, and a bounded
//   depth keeps the readers, which look at the element path at each end tag, linear in the
//   file's size;
// - a text node longer than kMaxText characters (no field of theirs comes near).
class GuardedXmlReader
{
public:
    static constexpr int kMaxDepth = 64;
    static constexpr qsizetype kMaxText = 1 << 20;

    explicit GuardedXmlReader(const QByteArray &xml) : m_reader(xml) {}

    QXmlStreamReader::TokenType readNext();
    bool atEnd() const { return m_reader.atEnd(); }
    bool hasError() const { return m_reader.hasError(); }
    // What went wrong, for the user: the refusal itself, or "not well-formed XML: …".
    QString errorMessage() const;
    int lineNumber() const { return int(m_reader.lineNumber()); }
    int depth() const { return m_depth; }

    QStringView name() const { return m_reader.name(); }
    QStringView text() const { return m_reader.text(); }
    QXmlStreamAttributes attributes() const { return m_reader.attributes(); }

private:
    QXmlStreamReader m_reader;
    int m_depth = 0;
};

}  // namespace relance
