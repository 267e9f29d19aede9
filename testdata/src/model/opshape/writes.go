// Package opshape exercises payment writes known by what their bodies
// carry (an amount with a payer, a recipient, or a reference next to a
// currency) on paths that name no payment, and the look-alikes that
// carry an amount but move no money.
package opshape

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/go-resty/resty/v2"
)

type gateway struct {
	base string
	hc   *http.Client
	rc   *resty.Client
}

// send is a generic JSON POST helper: what it does depends on its call.
func (g *gateway) send(ctx context.Context, path string, payload any) error {
	raw, _ := json.Marshal(payload)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.base+path, bytes.NewReader(raw))
	_, err := g.hc.Do(req)
	return err
}

// A mobile-money prompt: amount and the payer's MSISDN, through the helper.
func (g *gateway) promptWallet(ctx context.Context, msisdn string, cents int64) error { // want `wrapper gateway.promptWallet write\|create POST /wallets/v2/prompt$`
	return g.send(ctx, "/wallets/v2/prompt", map[string]any{"msisdn": msisdn, "amount": cents, "narration": "order"}) // want `op write\|create POST /wallets/v2/prompt via=send$`
}

type payoutBody struct {
	Recipient string `json:"recipient"`
	Amount    int64  `json:"amount"`
	Reference string `json:"reference"`
}

// A bank payout through resty, to a saved recipient, deduped on reference.
func (g *gateway) sendPayout(ctx context.Context, to string, kobo int64, ref string) { // want `wrapper gateway.sendPayout write\|create POST /bank/send keyparam=3$`
	g.rc.R().SetContext(ctx).SetBody(payoutBody{Recipient: to, Amount: kobo, Reference: ref}).Post("/bank/send") // want `op write\|create POST /bank/send key=reference keyparam=3$`
}

// A hosted-checkout style request: amount, currency and the merchant's
// reference, as a form.
func (g *gateway) formCharge(orderID string) { // want `wrapper gateway.formCharge write\|create POST /api/initiate keyparam=0$`
	form := url.Values{}
	form.Set("amount", "1000")
	form.Set("currency", "ZAR")
	form.Set("reference", orderID)
	g.hc.Post(g.base+"/api/initiate", "application/x-www-form-urlencoded", strings.NewReader(form.Encode())) // want `op write\|create POST /api/initiate key=reference keyparam=0$`
}

// A value next to its currency is an amount too (an Adyen-style nested
// amount is one object down; here it is flat).
func (g *gateway) collectVPA(ctx context.Context, vpa string) error { // want `wrapper gateway.collectVPA write\|create POST /pg/v1/collect-request$`
	return g.send(ctx, "/pg/v1/collect-request", map[string]string{"payer_vpa": vpa, "value": "10.00", "currency": "INR"}) // want `op write\|create POST /pg/v1/collect-request via=send$`
}

// PATCH of an existing object that moves money: a write, not a create.
func (g *gateway) amendTransfer(id string, cents int64) { // want `wrapper gateway.amendTransfer write PATCH /remit/{}$`
	b, _ := json.Marshal(map[string]any{"amount": cents, "beneficiary": "BEN-1"})
	req, _ := http.NewRequest(http.MethodPatch, g.base+"/remit/"+id, bytes.NewReader(b))
	g.hc.Do(req) // want `op write PATCH /remit/{}$`
}

// ---- look-alikes: an amount, but no payment ----------------------------------

// A catalogue update with a price and a currency.
func (g *gateway) updateProduct(ctx context.Context, sku string) error {
	return g.send(ctx, "/catalog/items/"+sku, map[string]any{"amount": 1999, "currency": "EUR", "reference": sku})
}

// A cart line: quantity and price, no payer.
func (g *gateway) addToCart(ctx context.Context, sku string) error {
	return g.send(ctx, "/v1/lines", map[string]any{"sku": sku, "quantity": 2, "price": 1999, "currency": "EUR"})
}

// An analytics purchase event: a value and a currency, no payer or
// recipient.
func (g *gateway) trackPurchase(ctx context.Context, user string) error {
	return g.send(ctx, "/mp/collect", map[string]any{"client_id": user, "value": 19.99, "currency": "EUR"})
}

// A shipping quote: a weight and an amount.
func (g *gateway) quoteParcel(ctx context.Context) error {
	return g.send(ctx, "/v2/parcels/price-check", map[string]any{"weight": 1200, "amount": 5000})
}

// A ledger entry of the merchant's own bookkeeping: an account, an amount
// and a reference but no currency, on a journal path.
func (g *gateway) bookEntry(ctx context.Context, acct, ref string) error {
	return g.send(ctx, "/v1/entries", map[string]any{"account": acct, "amount": 100, "reference": ref})
}

// The same on a journal path, with a currency.
func (g *gateway) bookJournal(ctx context.Context, acct, ref string) error {
	return g.send(ctx, "/v1/journal", map[string]any{"account": acct, "amount": 100, "currency": "USD", "reference": ref})
}

// An SMS to the payer's phone: no amount.
func (g *gateway) notifyPhone(ctx context.Context, phone string) error {
	return g.send(ctx, "/sms/v1/outbound", map[string]string{"phone": phone, "text": "Thanks for your order"})
}

// A read-only validation of a payout before sending it.
func (g *gateway) checkPayout(ctx context.Context, to string) error {
	return g.send(ctx, "/bank/send/validate", map[string]any{"recipient": to, "amount": 100})
}

// A custodian transfer (Fireblocks-style): an amount and where it goes.
type custodyTransfer struct {
	AssetID      string `json:"assetId"`
	Amount       string `json:"amount"`
	Destination  string `json:"destination"`
	ExternalTxID string `json:"externalTxId"`
}

func (g *gateway) withdraw(ctx context.Context, to, amount, txID string) error { // want `wrapper gateway.withdraw write\|create POST /v1/transactions keyparam=3$`
	return g.send(ctx, "/v1/transactions", custodyTransfer{AssetID: "BTC", Amount: amount, Destination: to, ExternalTxID: txID}) // want `op write\|create POST /v1/transactions key=externalTxId keyparam=3 via=send$`
}

// Look-alike: a file moved to a destination folder has no amount.
func (g *gateway) moveFile(ctx context.Context, name, folder string) error {
	return g.send(ctx, "/v1/transactions", map[string]string{"name": name, "destination": folder})
}
