package razorrefund

import (
	"bytes"
	"net/http"
	"time"
)

// PostSlackNote tells the support channel about a refund, until Slack takes it.
func PostSlackNote(webhookURL, text string) {
	body := []byte(`{"text":"` + text + `"}`)
	for {
		resp, err := http.Post(webhookURL, "application/json", bytes.NewReader(body))
		if err == nil && resp.StatusCode == http.StatusOK {
			resp.Body.Close()
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
}
