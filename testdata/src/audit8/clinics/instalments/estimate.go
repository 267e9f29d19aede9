package instalments

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Estimate is a quote for a treatment plan shown before the patient
// agrees. Quotes are priced by the practice-management system and are not
// payments, so a failed call is simply asked again.
type Estimate struct {
	PlanID string
	Amount int64
	Months int
}

func FetchEstimate(ctx context.Context, pmsURL, planID string, amount int64) (*Estimate, error) {
	q := url.Values{"plan": {planID}, "amount": {fmt.Sprint(amount)}}
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, pmsURL+"/v2/estimates?"+q.Encode(), nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			resp.Body.Close()
			return &Estimate{PlanID: planID, Amount: amount, Months: 12}, nil
		}
		if resp != nil {
			resp.Body.Close()
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, fmt.Errorf("estimate %s: pms unavailable", planID)
}
