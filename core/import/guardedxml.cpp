#include "guardedxml.h"

#include <QCoreApplication>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuardedXml)
};
}  // namespace

QXmlStreamReader::TokenType GuardedXmlReader::readNext()
{
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    switch (token) {
    case QXmlStreamReader::DTD:
        m_reader.raiseError(Tr::tr("the XML declares a document type (<!DOCTYPE>), which e-invoices and bank "
                                   "statements never do: refused, since its entities could expand without limit"));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::EntityReference:
        m_reader.raiseError(Tr::tr("the XML refers to an entity that no standard declares: refused"));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::StartElement:
        if (++m_depth > kMaxDepth) {
            m_reader.raiseError(
                Tr::tr("the XML nests elements more than %1 levels deep, which no e-invoice or statement does: "
                       "refused")
                    .arg(kMaxDepth));
            return QXmlStreamReader::Invalid;
        }
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::Characters:
        if (m_reader.text().size() > kMaxText) {
            m_reader.raiseError(Tr::tr("the XML holds a text of more than %1 characters: refused").arg(kMaxText));
            return QXmlStreamReader::Invalid;
        }
        break;
    default:
        break;
    }
    return token;
}

QString GuardedXmlReader::errorMessage() const
{
    if (m_reader.error() == QXmlStreamReader::CustomError)
        return m_reader.errorString();
    // Qt's message may quote the document; a hostile one could make it huge.
    return Tr::tr("not well-formed XML: %1").arg(m_reader.errorString().left(200));
}

}  // namespace relance
