package telecare

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// LabResult is a lab order's result set.
type LabResult struct {
	OrderID string            `json:"order_id"`
	Status  string            `json:"status"` // ordered, collected, preliminary, final, cancelled
	Values  map[string]string `json:"values"`
}

// Labs reads results from the lab partner.
type Labs struct {
	base string
	hc   *http.Client
}

// NewLabs returns a lab client.
func NewLabs(base string) *Labs {
	return &Labs{base: base, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Result reads a lab order's results.
func (l *Labs) Result(ctx context.Context, orderID string) (*LabResult, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, l.base+"/orders/"+orderID+"/results", nil)
	if err != nil {
		return nil, err
	}
	resp, err := l.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("labs: %s: %d", orderID, resp.StatusCode)
	}
	var res LabResult
	return &res, json.NewDecoder(resp.Body).Decode(&res)
}

// WatchDuringVisit refreshes a lab order while the clinician has the chart
// open, so a result that arrives mid-visit shows up at once.
func (l *Labs) WatchDuringVisit(ctx context.Context, orderID string, onUpdate func(*LabResult)) error {
	last := ""
	for {
		res, err := l.Result(ctx, orderID)
		if err == nil && res.Status != last {
			last = res.Status
			onUpdate(res)
			if res.Status == "final" || res.Status == "cancelled" {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}
