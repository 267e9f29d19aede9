// Package chat sends WhatsApp templates to students: through a gateway's
// HTTP API, or by handing them to a worker's task queue.
package chat

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/hibiken/asynq"
)

// Template is a WhatsApp template message.
type Template struct {
	To     string   `json:"to"`
	Name   string   `json:"template"`
	Params []string `json:"params"`
}

// Gateway posts templates to the WhatsApp gateway.
type Gateway struct {
	BaseURL string
	Token   string
}

// SendWhatsAppTemplate posts t to the gateway and waits for its answer.
func (g *Gateway) SendWhatsAppTemplate(ctx context.Context, t Template) error {
	body, err := json.Marshal(t)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.BaseURL+"/v1/messages", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+g.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("gateway: %s", resp.Status)
	}
	return nil
}

// Outbox hands templates to the worker that sends them.
type Outbox struct {
	Tasks *asynq.Client
}

// SendWhatsAppTemplate enqueues t; the worker posts it later.
func (o *Outbox) SendWhatsAppTemplate(ctx context.Context, t Template) error {
	payload, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return o.enqueue(ctx, asynq.NewTask("whatsapp:send", payload))
}

func (o *Outbox) enqueue(ctx context.Context, task *asynq.Task) error {
	_, err := o.Tasks.EnqueueContext(ctx, task, asynq.MaxRetry(5))
	return err
}
