// Package openbanking calls a bank's payment initiation API: submitting
// or executing an initiation moves money; consents, a consent revoked
// and balances do not.
package openbanking

import (
	"net/http"
	"strings"
)

type PISP struct {
	hc   *http.Client
	base string
}

func (p *PISP) calls(id, consentID, accountID string) { // want `wrapper PISP.calls write\|create\|read POST /v2/payment-initiations/\{\}/execute idparam=0`
	r1, _ := http.NewRequest(http.MethodPost, p.base+"/v2/payment-initiations/"+id+"/execute", nil)
	p.hc.Do(r1) // want `op write POST /v2/payment-initiations/\{\}/execute id=id`

	r2, _ := http.NewRequest(http.MethodPost, p.base+"/open-banking/v3.1/pisp/domestic-payments", strings.NewReader(`{"ConsentId":"`+consentID+`"}`))
	p.hc.Do(r2) // want `op write\|create POST /open-banking/v3.1/pisp/domestic-payments$`

	r3, _ := http.NewRequest(http.MethodPost, p.base+"/open-banking/v3.1/pisp/international-payments", nil)
	p.hc.Do(r3) // want `op write\|create POST /open-banking/v3.1/pisp/international-payments$`

	r4, _ := http.NewRequest(http.MethodPost, p.base+"/pisp/domestic-scheduled-payments", nil)
	p.hc.Do(r4) // want `op write\|create POST /pisp/domestic-scheduled-payments$`

	r5, _ := http.NewRequest(http.MethodPost, p.base+"/api/payment_initiations", nil)
	p.hc.Do(r5) // want `op write\|create POST /api/payment_initiations$`

	r6, _ := http.NewRequest(http.MethodPost, p.base+"/paymentinitiations/"+id+"/submit", nil)
	p.hc.Do(r6) // want `op write POST /paymentinitiations/\{\}/submit id=id`

	p.hc.Get(p.base + "/open-banking/v3.1/pisp/domestic-payments/" + id) // want `op read GET /open-banking/v3.1/pisp/domestic-payments/\{\} id=id`

	// --- silent: consents, a consent revoked, balances ---
	r7, _ := http.NewRequest(http.MethodPost, p.base+"/v1/consents", strings.NewReader(`{"access":"allPsd2"}`))
	p.hc.Do(r7)

	r8, _ := http.NewRequest(http.MethodPost, p.base+"/open-banking/v3.1/pisp/domestic-payment-consents", nil)
	p.hc.Do(r8)

	r9, _ := http.NewRequest(http.MethodDelete, p.base+"/v1/consents/"+consentID, nil)
	p.hc.Do(r9)

	p.hc.Get(p.base + "/accounts/" + accountID + "/balances")

	r10, _ := http.NewRequest(http.MethodPost, p.base+"/open-banking/v3.1/pisp/domestic-payment-consents/"+consentID+"/funds-confirmation", nil)
	p.hc.Do(r10)
}
