// Package runwords exercises payment APIs whose endpoints are
// run-together words (WeChat Pay v2 style: every call is a POST, the
// endpoint's words say what it does): a query reads the order the
// package placed, a close ends an unpaid order, a download reads a bill;
// with look-alikes whose words are not all known, which keep their
// meaning.
package runwords

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Gateway struct {
	Base string
	HC   *http.Client
}

func (g *Gateway) call(ctx context.Context, path string, in map[string]string) (*http.Response, error) {
	b, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return g.HC.Do(req)
}

// Placed is what placing an order returns: the merchant's reference the
// order is queried by.
type Placed struct {
	OutTradeNo string `json:"out_trade_no"`
	PrepayID   string `json:"prepay_id"`
}

func (g *Gateway) PlaceOrder(ctx context.Context, ref, fee string) (*Placed, error) { // want `wrapper Gateway.PlaceOrder write\|create POST /gateway/pay/unifiedorder keyparam=1$`
	_, err := g.call(ctx, "/gateway/pay/unifiedorder", map[string]string{"out_trade_no": ref, "total_fee": fee}) // want `op write\|create POST /gateway/pay/unifiedorder key=out_trade_no keyparam=1 via=call$`
	return &Placed{OutTradeNo: ref}, err
}

func (g *Gateway) ChargeCode(ctx context.Context, ref, authCode string) error { // want `wrapper Gateway.ChargeCode write\|create POST /gateway/pay/micropay keyparam=1$`
	_, err := g.call(ctx, "/gateway/pay/micropay", map[string]string{"out_trade_no": ref, "auth_code": authCode}) // want `op write\|create POST /gateway/pay/micropay key=out_trade_no keyparam=1 via=call$`
	return err
}

func (g *Gateway) Refund(ctx context.Context, ref, refundNo string) error { // want `wrapper Gateway.Refund write POST /gateway/secapi/pay/refund keyparam=1$`
	_, err := g.call(ctx, "/gateway/secapi/pay/refund", map[string]string{"out_trade_no": ref, "out_refund_no": refundNo}) // want `op write POST /gateway/secapi/pay/refund key=out_trade_no keyparam=1 via=call$`
	return err
}

// QueryOrder reads the order PlaceOrder placed: a status read, not a write.
func (g *Gateway) QueryOrder(ctx context.Context, ref string) error { // want `wrapper Gateway.QueryOrder read POST /gateway/pay/orderquery idparam=1$`
	_, err := g.call(ctx, "/gateway/pay/orderquery", map[string]string{"out_trade_no": ref}) // want `op read POST /gateway/pay/orderquery id=ref via=call$`
	return err
}

// The same read written in camelCase.
func (g *Gateway) LookUp(ctx context.Context, ref string) error { // want `wrapper Gateway.LookUp read POST /gateway/pay/queryorder idparam=1$`
	_, err := g.call(ctx, "/gateway/pay/queryOrder", map[string]string{"out_trade_no": ref}) // want `op read POST /gateway/pay/queryorder id=ref via=call$`
	return err
}

// A refund's query: it reads, whatever it reads it is not a write.
func (g *Gateway) RefundQuery(ctx context.Context, refundNo string) error {
	_, err := g.call(ctx, "/gateway/pay/refundquery", map[string]string{"out_refund_no": refundNo})
	return err
}

// Closing an unpaid order moves no money, and closing twice closes once.
func (g *Gateway) Close(ctx context.Context, ref string) error {
	_, err := g.call(ctx, "/gateway/pay/closeorder", map[string]string{"out_trade_no": ref})
	return err
}

func (g *Gateway) CloseV3(ctx context.Context, ref string) error {
	_, err := g.call(ctx, "/v3/pay/transactions/out-trade-no/"+ref+"/close", map[string]string{"mchid": "1"})
	return err
}

// Downloading a bill reads.
func (g *Gateway) Bill(ctx context.Context, day string) error {
	_, err := g.call(ctx, "/gateway/pay/downloadbill", map[string]string{"bill_date": day})
	return err
}

// Look-alike: a run-together word not made of known words keeps its
// meaning (a literal after the payment resource: a create).
func (g *Gateway) Quota(ctx context.Context, ref string) error { // want `wrapper Gateway.Quota write\|create POST /gateway/pay/orderquota keyparam=1$`
	_, err := g.call(ctx, "/gateway/pay/orderquota", map[string]string{"out_trade_no": ref}) // want `op write\|create POST /gateway/pay/orderquota key=out_trade_no keyparam=1 via=call$`
	return err
}

// Look-alike: a query carrying a key no payment write returned is no
// payment's status read.
func (g *Gateway) BillQuery(ctx context.Context, day string) error {
	_, err := g.call(ctx, "/gateway/pay/billquery", map[string]string{"bill_date": day})
	return err
}
