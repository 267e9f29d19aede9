// Package xmlsign exercises a signed-XML gateway client whose encoder
// the model cannot follow: the order query still reads the order the
// package placed, by the reference handed to the wrapper.
package xmlsign

import (
	"context"
	"net/http"
	"strings"
)

type Msg map[string]string

// encode writes <xml><k>v</k>…</xml>: a hand-written encoder.
func encode(m Msg) string {
	var b strings.Builder
	b.WriteString("<xml>")
	for k, v := range m {
		b.WriteString("<" + k + ">" + v + "</" + k + ">")
	}
	b.WriteString("</xml>")
	return b.String()
}

type Merchant struct {
	HC *http.Client
}

func (m *Merchant) send(ctx context.Context, path string, msg Msg) error {
	msg["sign"] = "x"
	req, err := http.NewRequestWithContext(ctx, "POST", "https://gw.example.cn"+path, strings.NewReader(encode(msg)))
	if err != nil {
		return err
	}
	_, err = m.HC.Do(req)
	return err
}

type Ticket struct {
	MerchantReference string
	QRCode            string
}

func (m *Merchant) Open(ctx context.Context, ref string) (*Ticket, error) { // want `wrapper Merchant.Open write\|create POST /api/pay/unifiedorder$`
	err := m.send(ctx, "/api/pay/unifiedorder", Msg{"merchant_reference": ref, "total_fee": "100"}) // want `op write\|create POST /api/pay/unifiedorder via=send$`
	return &Ticket{MerchantReference: ref}, err
}

// Poll asks for the order's state by the reference Open returned.
func (m *Merchant) Poll(ctx context.Context, ref string) error { // want `wrapper Merchant.Poll read POST /api/pay/orderquery idparam=1$`
	return m.send(ctx, "/api/pay/orderquery", Msg{"merchant_reference": ref}) // want `op read POST /api/pay/orderquery id=ref via=send$`
}

// Look-alike: a query by a key no write returned.
func (m *Merchant) Statement(ctx context.Context, day string) error {
	return m.send(ctx, "/api/pay/billquery", Msg{"bill_date": day})
}

// Look-alike: closing the order moves no money.
func (m *Merchant) Close(ctx context.Context, ref string) error {
	return m.send(ctx, "/api/pay/closeorder", Msg{"merchant_reference": ref})
}
