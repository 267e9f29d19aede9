// Package httpapi holds the HTTP handlers: M-Pesa callbacks and Kenyan pages
// on fiber, Paystack on gorilla/mux, Flutterwave and the back office on gin.
package httpapi

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/gofiber/fiber/v2"
	"github.com/google/uuid"

	"audit23/solarpayg/daraja"
	"audit23/solarpayg/domain"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// TokenSender hands an unlock code to the customer (SMS, through the outbox).
type TokenSender interface {
	SendToken(ctx context.Context, msisdn string, tok *domain.Token) error
}

// ReceiptApplier settles a payment received on the paybill.
type ReceiptApplier interface {
	ApplyReceipt(ctx context.Context, p *domain.Payment) (*domain.Token, error)
}

// DepositConfirmer starts a contract once its deposit is in.
type DepositConfirmer interface {
	ConfirmDeposit(ctx context.Context, accountID, reference string) error
}

// Notifier texts a phone.
type Notifier interface {
	Send(ctx context.Context, to, text string) error
}

// MpesaHooks receives Daraja's callbacks.
type MpesaHooks struct {
	ledger   *store.Ledger
	devices  *store.Devices
	seen     *store.Seen
	receipts ReceiptApplier
	tokens   TokenSender
	sms      Notifier
}

// NewMpesaHooks builds the callback handlers.
func NewMpesaHooks(l *store.Ledger, d *store.Devices, seen *store.Seen, r ReceiptApplier, t TokenSender, sms Notifier) *MpesaHooks {
	return &MpesaHooks{ledger: l, devices: d, seen: seen, receipts: r, tokens: t, sms: sms}
}

// CallbackToken checks the secret we put in every callback URL we hand Daraja.
func CallbackToken(token string) fiber.Handler {
	if token == "" {
		panic("httpapi: empty Daraja callback token")
	}
	return func(c *fiber.Ctx) error {
		if subtle.ConstantTimeCompare([]byte(c.Query("t")), []byte(token)) != 1 {
			return c.SendStatus(fiber.StatusForbidden)
		}
		return c.Next()
	}
}

func ack(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"ResultCode": 0, "ResultDesc": "Accepted"})
}

// STKResult receives the outcome of an STK push.
func (h *MpesaHooks) STKResult(c *fiber.Ctx) error {
	var cb daraja.STKCallback
	if err := json.Unmarshal(c.Body(), &cb); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ctx := c.UserContext()
	stk := cb.Body.StkCallback
	p, err := h.ledger.PaymentByProviderRef(ctx, stk.CheckoutRequestID)
	if err != nil {
		platform.Logger.Warn("stk callback for unknown push", "checkout", stk.CheckoutRequestID)
		return ack(c)
	}
	if stk.ResultCode != 0 {
		_ = h.ledger.SetStatus(ctx, p.Reference, domain.PaymentFailed, stk.CheckoutRequestID)
		return ack(c)
	}
	receipt, amount := cb.Receipt()
	if err := h.ledger.SetStatus(ctx, p.Reference, domain.PaymentSucceeded, receipt); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	acct, err := h.ledger.Account(ctx, p.AccountID)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	days := acct.DaysFor(amount)
	if err := h.ledger.Credit(ctx, acct.ID, amount, days); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Ledger\\.Credit: paid state stored"
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	tok, err := h.devices.IssueToken(ctx, acct.DeviceID, p.Reference, days)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if err := h.tokens.SendToken(ctx, acct.MSISDN, tok); err != nil {
		platform.Logger.Error("queue token sms", "account", acct.ID, "err", err)
	}
	return ack(c)
}

// C2BValidate accepts every paybill payment whose account number we know.
func (h *MpesaHooks) C2BValidate(c *fiber.Ctx) error {
	var in daraja.C2BConfirmation
	if err := c.BodyParser(&in); err != nil {
		return c.JSON(fiber.Map{"ResultCode": "C2B00016", "ResultDesc": "Rejected"})
	}
	if _, err := h.ledger.Account(c.UserContext(), in.BillRefNumber); err != nil {
		return c.JSON(fiber.Map{"ResultCode": "C2B00012", "ResultDesc": "Rejected"})
	}
	return c.JSON(fiber.Map{"ResultCode": "0", "ResultDesc": "Accepted"})
}

// C2BConfirm records a paybill payment the customer made from their phone menu.
func (h *MpesaHooks) C2BConfirm(c *fiber.Ctx) error {
	var in daraja.C2BConfirmation
	if err := c.BodyParser(&in); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ctx := c.UserContext()
	amount, err := strconv.ParseFloat(in.TransAmount, 64)
	if err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	acct, err := h.ledger.Account(ctx, in.BillRefNumber)
	if err != nil {
		platform.Logger.Warn("paybill payment for unknown account", "ref", in.BillRefNumber, "trans", in.TransID)
		return ack(c)
	}
	p := &domain.Payment{ID: uuid.NewString(), AccountID: acct.ID, Rail: "mpesa-c2b", Reference: "c2b-" + in.TransID,
		ProviderRef: in.TransID, Amount: int64(amount), Currency: "KES", Kind: domain.KindInstallment}
	tok, err := h.receipts.ApplyReceipt(ctx, p) // audit: lookalike webhookdedupe: ApplyReceipt inserts ON CONFLICT (provider_ref) DO NOTHING and credits only when the row was new
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if tok != nil {
		_ = h.tokens.SendToken(ctx, acct.MSISDN, tok)
	}
	return ack(c)
}

// B2CResult receives the outcome of a commission payout.
func (h *MpesaHooks) B2CResult(c *fiber.Ctx) error {
	var res daraja.B2CResult
	if err := json.Unmarshal(c.Body(), &res); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	ctx := c.UserContext()
	r := res.Result
	first, err := h.seen.First(ctx, "b2c:"+r.ConversationID)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if !first {
		return ack(c) // audit: lookalike webhookdedupe: a repeated ConversationID is answered before anything is written or texted (redis SETNX in store.Seen)
	}
	status := domain.PayoutPaid
	if r.ResultCode != 0 {
		status = domain.PayoutFailed
	}
	if err := h.ledger.SetPayoutByRailRef(ctx, r.ConversationID, status); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	po, err := h.ledger.PayoutByRailRef(ctx, r.ConversationID)
	if err == nil && status == domain.PayoutPaid {
		msg := fmt.Sprintf("SolarPAYG: your commission of KES %d has been sent. Ref %s", po.Amount, r.TransactionID)
		if err := h.sms.Send(ctx, po.MSISDN, msg); err != nil { // want "\\[webhookack\\] webhook handler sends a message \\(httpapi\\.Notifier\\.Send\\) before answering;"
			platform.Logger.Warn("payout sms", "payout", po.ID, "err", err)
		}
	}
	return ack(c)
}

// KenyaPages serves the customer pages of the Kenyan web checkout.
type KenyaPages struct {
	onboarding DepositConfirmer
	ledger     *store.Ledger
}

// NewKenyaPages builds the pages.
func NewKenyaPages(o DepositConfirmer, l *store.Ledger) *KenyaPages {
	return &KenyaPages{onboarding: o, ledger: l}
}

// DepositDone is where Flutterwave's card checkout sends the customer back
// after paying the deposit.
func (p *KenyaPages) DepositDone(c *fiber.Ctx) error {
	accountID := c.Query("account")
	ref := c.Query("tx_ref")
	if c.Query("status") == "successful" {
		if err := p.onboarding.ConfirmDeposit(c.UserContext(), accountID, ref); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			return c.Status(fiber.StatusInternalServerError).SendString("Something went wrong, please call us.")
		}
		return c.SendString("Karibu! Your deposit is in and your system will be activated shortly.")
	}
	return c.SendString("Your deposit was not completed. You can try again from the agent's tablet.")
}
