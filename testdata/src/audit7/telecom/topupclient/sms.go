package topupclient

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// SMSGateway sends the "your top-up arrived" text through the SMSC's HTTP
// bridge. Texts are cheap and the bridge drops requests under load.
type SMSGateway struct {
	Endpoint string
	User     string
	Pass     string
	HC       *http.Client
}

func (g *SMSGateway) Send(ctx context.Context, msisdn, text string) error {
	form := url.Values{"to": {msisdn}, "text": {text}, "user": {g.User}, "pass": {g.Pass}}
	for try := 0; try < 3; try++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.Endpoint, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		res, err := g.HC.Do(req)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("sms to %s not sent", msisdn)
}
