// Package adyen: what the payment model knows of adyen-go-api-library.
package adyen

import (
	"context"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/google/uuid"
)

func pay(ctx context.Context, client *adyen.APIClient, r checkout.PaymentRequest, ref string) { // want `wrapper pay write\|create adyen PaymentsApi.Payments`
	svc := client.Checkout().PaymentsApi
	svc.Payments(ctx, svc.PaymentsInput().PaymentRequest(r))                     // want `op write\|create adyen PaymentsApi.Payments$`
	svc.Payments(ctx, svc.PaymentsInput().IdempotencyKey(ref).PaymentRequest(r)) // want `op write\|create adyen PaymentsApi.Payments key=IdempotencyKey keyparam=3$`
	req := svc.PaymentsInput().PaymentRequest(r).IdempotencyKey(uuid.NewString())
	svc.Payments(ctx, req) // want `op write\|create adyen PaymentsApi.Payments key=IdempotencyKey fresh=1$`
	kctx := common.WithIdempotencyKey(ctx, ref)
	svc.Payments(kctx, svc.PaymentsInput().PaymentRequest(r))                                  // want `op write\|create adyen PaymentsApi.Payments key=Idempotency-Key keyparam=3$`
	client.Checkout().PaymentsApi.Payments(ctx, client.Checkout().PaymentsApi.PaymentsInput()) // want `op write\|create adyen PaymentsApi.Payments$`
}

// A builder called without keeping its result attaches nothing.
func discarded(ctx context.Context, svc *checkout.PaymentsApi, r checkout.PaymentRequest) { // want `wrapper discarded write\|create adyen PaymentsApi.Payments`
	req := svc.PaymentsInput().PaymentRequest(r)
	req.IdempotencyKey("lost")
	svc.Payments(ctx, req) // want `op write\|create adyen PaymentsApi.Payments$`
}

// A request handed in may carry a key.
func handedIn(ctx context.Context, svc *checkout.PaymentsApi, req checkout.PaymentsApiPaymentsInput) { // want `wrapper handedIn write\|create adyen PaymentsApi.Payments keyparam=2`
	svc.Payments(ctx, req) // want `op write\|create adyen PaymentsApi.Payments key=IdempotencyKey keyparam=2 value=\?$`
}

func capture(ctx context.Context, m *checkout.ModificationsApi, psp string, c checkout.PaymentCaptureRequest) { // want `wrapper capture write adyen ModificationsApi.CaptureAuthorisedPayment idparam=2`
	m.CaptureAuthorisedPayment(ctx, m.CaptureAuthorisedPaymentInput(psp).PaymentCaptureRequest(c)) // want `op write adyen ModificationsApi.CaptureAuthorisedPayment id=psp$`
	in := m.RefundCapturedPaymentInput(psp).IdempotencyKey("refund-" + psp)
	m.RefundCapturedPayment(ctx, in) // want `op write adyen ModificationsApi.RefundCapturedPayment key=IdempotencyKey keyparam=2 id=psp$`
}

func link(ctx context.Context, l *checkout.PaymentLinksApi, linkID string) { // want `wrapper link read adyen PaymentLinksApi.GetPaymentLink idparam=2`
	l.GetPaymentLink(ctx, l.GetPaymentLinkInput(linkID)) // want `op read adyen PaymentLinksApi.GetPaymentLink id=linkID$`
}
