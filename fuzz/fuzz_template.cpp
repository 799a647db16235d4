// Letter templates as a user may type them: parsed, checked and expanded with values that hold
// markup of their own, never a crash.
#include "fuzzinput.h"
#include "letters/lettertemplate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(relance::fuzz::bytes(data, size));
    const relance::Result<relance::LetterTemplate> parsed = relance::LetterTemplate::parse(text, relance::fuzz::fileName());
    if (!parsed)
        return 0;
    (void)relance::checkTemplate(*parsed);
    relance::TemplateValues values;
    values.text.insert(QStringLiteral("client.name"), QStringLiteral("**{if b2b}** « Dupont » {end}"));
    values.text.insert(QStringLiteral("invoice.number"), QStringLiteral("F-1 : {client.name}"));
    values.flags.insert(QStringLiteral("b2b"));
    for (const QString &section : relance::LetterTemplate::sectionNames()) {
        (void)relance::expandBlocks(parsed->section(section), values, true);
        (void)relance::expandPlain(parsed->section(section), values, false);
    }
    return 0;
}
