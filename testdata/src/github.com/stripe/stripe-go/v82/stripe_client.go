package stripe

import "context"

// Client is the stripe.Client (v82 form): services named V1….
type Client struct {
	V1Charges          *v1ChargeService
	V1CheckoutSessions *v1CheckoutSessionService
	V1Invoices         *v1InvoiceService
	V1PaymentIntents   *v1PaymentIntentService
	V1Payouts          *v1PayoutService
	V1Refunds          *v1RefundService
	V1Transfers        *v1TransferService
}

type ClientOption func(*clientConfig)

type clientConfig struct{}

func WithBackends(backends *Backends) ClientOption { panic("stub") }

func NewClient(key string, opts ...ClientOption) *Client { panic("stub") }

func (c *Client) ConstructEvent(payload []byte, header string, secret string, opts ...WebhookOption) (Event, error) {
	panic("stub")
}

type v1PaymentIntentService struct {
	B   Backend
	Key string
}

func (c v1PaymentIntentService) Create(ctx context.Context, params *PaymentIntentCreateParams) (*PaymentIntent, error) {
	panic("stub")
}
func (c v1PaymentIntentService) Retrieve(ctx context.Context, id string, params *PaymentIntentRetrieveParams) (*PaymentIntent, error) {
	panic("stub")
}
func (c v1PaymentIntentService) Update(ctx context.Context, id string, params *PaymentIntentUpdateParams) (*PaymentIntent, error) {
	panic("stub")
}
func (c v1PaymentIntentService) Cancel(ctx context.Context, id string, params *PaymentIntentCancelParams) (*PaymentIntent, error) {
	panic("stub")
}
func (c v1PaymentIntentService) Capture(ctx context.Context, id string, params *PaymentIntentCaptureParams) (*PaymentIntent, error) {
	panic("stub")
}
func (c v1PaymentIntentService) Confirm(ctx context.Context, id string, params *PaymentIntentConfirmParams) (*PaymentIntent, error) {
	panic("stub")
}
func (c v1PaymentIntentService) IncrementAuthorization(ctx context.Context, id string, params *PaymentIntentIncrementAuthorizationParams) (*PaymentIntent, error) {
	panic("stub")
}

type v1CheckoutSessionService struct {
	B   Backend
	Key string
}

func (c v1CheckoutSessionService) Create(ctx context.Context, params *CheckoutSessionCreateParams) (*CheckoutSession, error) {
	panic("stub")
}
func (c v1CheckoutSessionService) Retrieve(ctx context.Context, id string, params *CheckoutSessionRetrieveParams) (*CheckoutSession, error) {
	panic("stub")
}
func (c v1CheckoutSessionService) Expire(ctx context.Context, id string, params *CheckoutSessionExpireParams) (*CheckoutSession, error) {
	panic("stub")
}

type v1ChargeService struct {
	B   Backend
	Key string
}

func (c v1ChargeService) Create(ctx context.Context, params *ChargeCreateParams) (*Charge, error) {
	panic("stub")
}
func (c v1ChargeService) Retrieve(ctx context.Context, id string, params *ChargeRetrieveParams) (*Charge, error) {
	panic("stub")
}
func (c v1ChargeService) Capture(ctx context.Context, id string, params *ChargeCaptureParams) (*Charge, error) {
	panic("stub")
}

type v1RefundService struct {
	B   Backend
	Key string
}

func (c v1RefundService) Create(ctx context.Context, params *RefundCreateParams) (*Refund, error) {
	panic("stub")
}
func (c v1RefundService) Retrieve(ctx context.Context, id string, params *RefundRetrieveParams) (*Refund, error) {
	panic("stub")
}

type v1PayoutService struct {
	B   Backend
	Key string
}

func (c v1PayoutService) Create(ctx context.Context, params *PayoutCreateParams) (*Payout, error) {
	panic("stub")
}
func (c v1PayoutService) Retrieve(ctx context.Context, id string, params *PayoutRetrieveParams) (*Payout, error) {
	panic("stub")
}

type v1TransferService struct {
	B   Backend
	Key string
}

func (c v1TransferService) Create(ctx context.Context, params *TransferCreateParams) (*Transfer, error) {
	panic("stub")
}
func (c v1TransferService) Retrieve(ctx context.Context, id string, params *TransferRetrieveParams) (*Transfer, error) {
	panic("stub")
}

type v1InvoiceService struct {
	B   Backend
	Key string
}

func (c v1InvoiceService) Create(ctx context.Context, params *InvoiceCreateParams) (*Invoice, error) {
	panic("stub")
}
func (c v1InvoiceService) Retrieve(ctx context.Context, id string, params *InvoiceRetrieveParams) (*Invoice, error) {
	panic("stub")
}
func (c v1InvoiceService) Pay(ctx context.Context, id string, params *InvoicePayParams) (*Invoice, error) {
	panic("stub")
}
