// Package gwstatus exercises a UPI gateway's status endpoint that names
// no payment resource: "GET /merchant-api/v2/status/{merchant}/{order}"
// reads the state of what the package's POST /merchant-api/v2/initiate
// started (a payment write known by its body), so it is a status read.
// The id is the last hole. A status endpoint with no id, one followed by
// another word, a health check, or one under another API of the package
// reads no payment.
package gwstatus

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

type Gateway struct {
	Root     string
	Merchant string
	C        *http.Client
}

type initiate struct {
	MerchantOrderID string `json:"merchant_order_id"`
	Amount          int64  `json:"amount"`
	PayerVPA        string `json:"payer_vpa"`
}

func (g *Gateway) Initiate(ctx context.Context, order string, paise int64, vpa string) error { // want `wrapper Gateway.Initiate write\|create POST /merchant-api/v2/initiate keyparam=1$`
	raw, _ := json.Marshal(initiate{MerchantOrderID: order, Amount: paise, PayerVPA: vpa})
	req, _ := http.NewRequestWithContext(ctx, "POST", g.Root+"/merchant-api/v2/initiate", strings.NewReader(string(raw)))
	_, err := g.C.Do(req) // want `op write\|create POST /merchant-api/v2/initiate key=merchant_order_id keyparam=1$`
	return err
}

func (g *Gateway) State(ctx context.Context, order string) (*http.Response, error) { // want `wrapper Gateway.State read GET /merchant-api/v2/status/{}/{} idparam=1$`
	req, _ := http.NewRequestWithContext(ctx, "GET", g.Root+"/merchant-api/v2/status/"+g.Merchant+"/"+order, nil)
	return g.C.Do(req) // want `op read GET /merchant-api/v2/status/{}/{} id=order$`
}

func (g *Gateway) StateOne(ctx context.Context, order string) (*http.Response, error) { // want `wrapper Gateway.StateOne read GET /merchant-api/v2/status/{} idparam=1$`
	req, _ := http.NewRequestWithContext(ctx, "GET", g.Root+"/merchant-api/v2/status/"+order, nil)
	return g.C.Do(req) // want `op read GET /merchant-api/v2/status/{} id=order$`
}

// Look-alikes.
func (g *Gateway) Health(ctx context.Context) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", g.Root+"/merchant-api/v2/status", nil)
	return g.C.Do(req)
}

func (g *Gateway) Uptime(ctx context.Context) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", g.Root+"/health/status", nil)
	return g.C.Do(req)
}

func (g *Gateway) Bare(ctx context.Context) (*http.Response, error) {
	return g.C.Get(g.Root + "/status")
}

func (g *Gateway) History(ctx context.Context, order string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", g.Root+"/merchant-api/v2/status/"+order+"/history", nil)
	return g.C.Do(req)
}

func (g *Gateway) Courier(ctx context.Context, rider string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", g.Root+"/courier-api/v2/status/"+rider, nil)
	return g.C.Do(req)
}

func (g *Gateway) Versioned(ctx context.Context, job string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", g.Root+"/v2/status/"+job, nil)
	return g.C.Do(req)
}
