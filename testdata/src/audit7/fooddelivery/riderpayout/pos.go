package riderpayout

import (
	"context"
	"net/http"
	"strings"
	"time"
)

// POSSync pushes menu availability to a restaurant's POS integration.
// Not money: a quick retry keeps the menu fresh during the lunch rush.
type POSSync struct {
	Endpoint string
	HC       *http.Client
}

func (s *POSSync) PushAvailability(ctx context.Context, restaurantID string, items []string) error {
	payload := `{"restaurant":"` + restaurantID + `","sold_out":["` + strings.Join(items, `","`) + `"]}`
	var err error
	for i := 0; i < 5; i++ {
		var req *http.Request
		req, err = http.NewRequestWithContext(ctx, http.MethodPost, s.Endpoint+"/menu/availability", strings.NewReader(payload))
		if err != nil {
			return err
		}
		var res *http.Response
		res, err = s.HC.Do(req)
		if err == nil {
			res.Body.Close()
			if res.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return err
}
