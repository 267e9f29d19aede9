package stripegin

import (
	"context"
	"net/http"
	"strings"
)

// Warehouse is the 3PL's API.
type Warehouse struct {
	URL  string
	HTTP *http.Client
}

func (wh *Warehouse) ShipOrder(ctx context.Context, orderID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, wh.URL+"/shipments",
		strings.NewReader(`{"order":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	resp, err := wh.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
