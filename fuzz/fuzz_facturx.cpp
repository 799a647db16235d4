// Factur-X / ZUGFeRD PDFs: the attached invoice XML found and read, never a crash.
#include "fuzzinput.h"
#include "import/facturx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)relance::readEInvoiceFile(relance::fuzz::bytes(data, size), relance::fuzz::fileName());
    return 0;
}
