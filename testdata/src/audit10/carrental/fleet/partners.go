package fleet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// PartnerNotifier tells fleet partners' systems about settled deposits
// on their cars, so they can release the car for the next booking.
type PartnerNotifier struct {
	endpoint string
	hc       *http.Client
}

// NewPartnerNotifier returns a PartnerNotifier.
func NewPartnerNotifier(endpoint string) *PartnerNotifier {
	return &PartnerNotifier{endpoint: endpoint, hc: &http.Client{Timeout: 15 * time.Second}}
}

// NotifySettlement posts a settlement notice to the partner hub.
func (p *PartnerNotifier) NotifySettlement(ctx context.Context, at time.Time) error {
	body, _ := json.Marshal(map[string]any{"type": "deposit.settled", "at": at})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.endpoint+"/notices", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("partner hub: %s", resp.Status)
	}
	return nil
}
