package acquirerhooks

import (
	"context"
	"net/http"
	"strings"
)

// ESPMailer posts receipts to the email provider's HTTP API.
type ESPMailer struct {
	Endpoint string
	HC       *http.Client
}

// SendReceipt mails the deposit receipt.
func (m *ESPMailer) SendReceipt(ctx context.Context, intentID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.Endpoint,
		strings.NewReader(`{"template":"deposit_receipt","ref":"`+intentID+`"}`))
	if err != nil {
		return err
	}
	resp, err := m.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
