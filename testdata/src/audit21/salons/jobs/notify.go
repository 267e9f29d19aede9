package jobs

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/hibiken/asynq"

	"audit21/salons/hooks"
)

// Notifier sends WhatsApp messages through the Business API.
type Notifier struct {
	URL   string
	Token string
	HC    *http.Client
}

// Send posts one template message.
func (n *Notifier) Send(ctx context.Context, phone, template string, params ...string) error {
	body, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp", "to": phone, "type": "template",
		"template": map[string]any{"name": template, "language": map[string]string{"code": "es"}, "components": params},
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+n.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := n.HC.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("whatsapp: %s", resp.Status)
	}
	return nil
}

func (w *Worker) sendReceipt(ctx context.Context, t *asynq.Task) error {
	p, err := decode[hooks.ReceiptPayload](t)
	if err != nil {
		return err
	}
	charge, err := w.Sales.PixCharge(ctx, p.TxID)
	if err != nil {
		return err
	}
	phone := "" // looked up from the sale's client in production builds
	return retry.Do(func() error {
		return w.Notify.Send(ctx, phone, "recibo_pix", p.TxID, fmt.Sprintf("%.2f", float64(charge.AmountCents)/100))
	},
		retry.Attempts(3),
		retry.Delay(200*time.Millisecond),
		retry.DelayType(retry.FixedDelay), // audit: lookalike retrybackoff: a quick fixed retry, but of a WhatsApp receipt, not a payment call
		retry.Context(ctx),
	)
}
