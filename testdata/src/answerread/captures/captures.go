// Package captures captures card payments, retrying every answer but
// 201 and logging each failed answer's body through the client's logger.
package captures

import (
	"context"
	"io"
	"log"
	"net/http"
	"strings"
	"time"
)

// Gateway is the card gateway's client.
type Gateway struct {
	base   string
	hc     *http.Client
	logger *log.Logger
}

// Capture captures the authorised payment id.
func (g *Gateway) Capture(ctx context.Context, id, key string) error {
	for i := 0; i < 3; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v2/payments/"+id+"/capture", strings.NewReader(`{}`))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := g.hc.Do(req)
		if err == nil {
			if resp.StatusCode == http.StatusCreated { // want `POST /v2/payments/\{\}/capture is retried by a for loop \(line 23\): every non-2xx status is retried`
				resp.Body.Close()
				return nil
			}
			msg, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			g.logger.Printf("capture %s: %d %s", id, resp.StatusCode, msg)
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return context.DeadlineExceeded
}
