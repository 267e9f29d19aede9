package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Portal is the local authority's early-years funding portal: we submit
// the headcount claim and wait for its acknowledgement report.
type Portal struct {
	base string
	hc   *http.Client
	key  string
}

func NewPortal(base, key string, hc *http.Client) *Portal {
	return &Portal{base: base, hc: hc, key: key}
}

type claimReport struct {
	ID     string `json:"id"`
	State  string `json:"state"` // queued, building, ready, rejected
	Errors []string
}

func (p *Portal) SubmitClaim(ctx context.Context, period string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/headcount/claims", strings.NewReader(`{"term":"`+period+`"}`))
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Key", p.key)
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var rep claimReport
	if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
		return err
	}
	return p.waitReport(ctx, rep.ID)
}

// waitReport polls the claim acknowledgement report until it is built.
func (p *Portal) waitReport(ctx context.Context, id string) error {
	for i := 0; i < 120; i++ { // audit: lookalike pollinterval: polls the funding claim report, not a payment, and is capped
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/headcount/reports/"+id, nil)
		req.Header.Set("X-Api-Key", p.key)
		resp, err := p.hc.Do(req)
		if err != nil {
			return err
		}
		var rep claimReport
		err = json.NewDecoder(resp.Body).Decode(&rep)
		resp.Body.Close()
		if err != nil {
			return err
		}
		switch rep.State {
		case "ready":
			return nil
		case "rejected":
			return fmt.Errorf("claim report %s rejected: %v", id, rep.Errors)
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("claim report %s not ready", id)
}
