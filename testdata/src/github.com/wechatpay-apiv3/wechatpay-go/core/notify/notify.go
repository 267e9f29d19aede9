// Package notify is a stub of
// github.com/wechatpay-apiv3/wechatpay-go/core/notify (shape of v0.2.21).
package notify

import (
	"context"
	"net/http"
	"time"

	"github.com/wechatpay-apiv3/wechatpay-go/core/auth"
)

// Handler verifies a notification's Wechatpay-Signature and decrypts its
// resource.
type Handler struct{}

type EncryptedResource struct {
	Algorithm      string `json:"algorithm"`
	Ciphertext     string `json:"ciphertext"`
	AssociatedData string `json:"associated_data"`
	Nonce          string `json:"nonce"`
	OriginalType   string `json:"original_type"`
	Plaintext      string
}

type Request struct {
	ID           string             `json:"id"`
	CreateTime   *time.Time         `json:"create_time"`
	EventType    string             `json:"event_type"`
	ResourceType string             `json:"resource_type"`
	Resource     *EncryptedResource `json:"resource"`
	Summary      string             `json:"summary"`
	RawRequest   *http.Request
}

func NewRSANotifyHandler(apiV3Key string, verifier auth.Verifier) (*Handler, error) {
	panic("stub")
}

func NewNotifyHandler(apiV3Key string, verifier auth.Verifier) *Handler { panic("stub") }

// ParseNotifyRequest verifies the request's signature, then decrypts the
// resource into content; an error when either fails.
func (h *Handler) ParseNotifyRequest(ctx context.Context, request *http.Request, content interface{}) (*Request, error) {
	panic("stub")
}
