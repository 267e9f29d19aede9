package opshape

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

var hc = &http.Client{}

// Metered billing: a usage record is billed on the next invoice.
func reportUsage(item string) { // want `wrapper reportUsage write\|create POST /v1/subscription_items/{}/usage_records$`
	form := url.Values{"quantity": {"3"}, "action": {"increment"}}
	hc.PostForm("https://api.example.com/v1/subscription_items/"+item+"/usage_records", form) // want `op write\|create POST /v1/subscription_items/{}/usage_records$`
}

// A one-time charge on a subscription.
func chargeSubscription(sub string) { // want `wrapper chargeSubscription write\|create POST /subscriptions/{}/charge idparam=0$`
	hc.Post("https://api.example.com/subscriptions/"+sub+"/charge", "application/json", strings.NewReader(`{"items":[]}`)) // want `op write\|create POST /subscriptions/{}/charge id=sub$`
}

// Marketplace split payouts.
func disburse(adv string) { // want `wrapper disburse write\|create POST /v1/advanced_payments/{}/disbursements idparam=0$`
	hc.Post("https://api.example.com/v1/advanced_payments/"+adv+"/disbursements", "application/json", strings.NewReader(`{}`)) // want `op write\|create POST /v1/advanced_payments/{}/disbursements id=adv$`
}

// Look-alike: an EV charger's charge session is no payment.
func startCharger(id string) {
	hc.Post("https://api.example.com/chargers/"+id+"/charge", "application/json", strings.NewReader(`{}`))
}

// Look-alike: the preview of a subscription charge reads only.
func previewCharge(sub string) {
	hc.Post("https://api.example.com/subscriptions/"+sub+"/charge/preview", "application/json", strings.NewReader(`{}`))
}

// Look-alike: a bare "charge" segment with no subscription or customer.
func chargeBattery() {
	hc.Post("https://api.example.com/v1/devices/charge", "application/json", strings.NewReader(`{}`))
}

type flwCharge struct {
	TxRef    string `json:"tx_ref"`
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
}

// Flutterwave dedupes on tx_ref.
func flwPay(orderID string) { // want `wrapper flwPay write\|create POST /v3/charges keyparam=0$`
	b, _ := json.Marshal(flwCharge{TxRef: "ord-" + orderID, Amount: "100", Currency: "NGN"})
	hc.Post("https://api.flutterwave.com/v3/charges", "application/json", bytes.NewReader(b)) // want `op write\|create POST /v3/charges key=tx_ref keyparam=0$`
}

// An Alipay transfer through the gateway: the form method names it, and
// it dedupes on out_biz_no.
func alipayTransfer(bizNo string) { // want `wrapper alipayTransfer write\|create POST alipay.fund.trans.uni.transfer keyparam=0$`
	form := url.Values{"method": {"alipay.fund.trans.uni.transfer"}, "out_biz_no": {bizNo}}
	hc.PostForm("https://openapi.alipay.com/gateway.do", form) // want `op write\|create POST alipay.fund.trans.uni.transfer key=out_biz_no keyparam=0$`
}

// Usage-based billing: usages of one subscription are billed.
func addUsage(sub string) { // want `wrapper addUsage write\|create POST /api/v2/subscriptions/{}/usages idparam=0$`
	hc.Post("https://acme.example.com/api/v2/subscriptions/"+sub+"/usages", "application/json", strings.NewReader(`{"quantity":1}`)) // want `op write\|create POST /api/v2/subscriptions/{}/usages id=sub$`
}

// Look-alike: a quota's usages are no payment.
func quotaUsage(team string) {
	hc.Post("https://api.example.com/teams/"+team+"/usages", "application/json", strings.NewReader(`{}`))
}
