// Bank statements: CAMT.053/054, OFX (SGML and XML), MT940 and banks' CSV exports, recognised by
// their content as the import does: never a crash.
#include "fuzzinput.h"
#include "import/bankstatement.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)relance::readBankStatementFile(relance::fuzz::bytes(data, size), relance::fuzz::fileName());
    return 0;
}
