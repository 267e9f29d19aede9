// Package ledger records payment requests locally; it has the SDK's
// method name and signature but is no SDK.
package ledger

import (
	"context"

	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
)

type Journal struct{ entries []string }

func New() *Journal { return &Journal{} }

func (j *Journal) Create(ctx context.Context, request *square.CreatePaymentRequest, opts ...option.RequestOption) (*square.CreatePaymentResponse, error) {
	j.entries = append(j.entries, request.IdempotencyKey)
	return &square.CreatePaymentResponse{}, nil
}
