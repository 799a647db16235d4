// E-invoice XML (CII D16B, ZUGFeRD 1.0, UBL invoices and credit notes): never a crash.
#include "fuzzinput.h"
#include "import/einvoice.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)relance::readEInvoiceXml(relance::fuzz::bytes(data, size), relance::fuzz::fileName());
    return 0;
}
