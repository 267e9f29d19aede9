// Package xenditpayoutretry: a payroll service paying contractors through
// Xendit (xendit-go v6 and v7 payouts, v1 disbursements) and billing
// clients with v1 invoices, retrying failed calls.
package xenditpayoutretry

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	"github.com/xendit/xendit-go/disbursement"
	"github.com/xendit/xendit-go/invoice"
	xendit6 "github.com/xendit/xendit-go/v6"
	payout6 "github.com/xendit/xendit-go/v6/payout"
	xendit7 "github.com/xendit/xendit-go/v7"
	payout7 "github.com/xendit/xendit-go/v7/payout"
)

// Contractor is paid per timesheet.
type Contractor struct {
	ID, BankCode, Account, Name string
}

// Timesheet is one approved period of work.
type Timesheet struct {
	ID     string
	Amount float64
}

func payoutOf(c Contractor, t Timesheet) payout6.CreatePayoutRequest {
	return *payout6.NewCreatePayoutRequest("ts-"+t.ID, c.BankCode, *payout6.NewDigitalPayoutChannelProperties(c.Account), float32(t.Amount), "IDR")
}

// PayTimesheet retries the payout with a key made on every attempt.
func PayTimesheet(ctx context.Context, x *xendit6.APIClient, c Contractor, t Timesheet) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, xerr := x.PayoutApi.CreatePayout(ctx).IdempotencyKey(uuid.NewString()).CreatePayoutRequest(payoutOf(c, t)).Execute(); xerr == nil { // want `xendit PayoutApi.CreatePayout is retried by a for loop \(line 37\) with an idempotency key made anew on every attempt`
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("payout: gave up")
}

// PayTimesheetKeyed retries under one key made from the timesheet
// (silent).
func PayTimesheetKeyed(ctx context.Context, x *xendit7.APIClient, c Contractor, t Timesheet) error {
	req := x.PayoutApi.CreatePayout(ctx).IdempotencyKey("ts-" + t.ID).
		CreatePayoutRequest(*payout7.NewCreatePayoutRequest("ts-"+t.ID, c.BankCode, *payout7.NewDigitalPayoutChannelProperties(c.Account), float32(t.Amount), "IDR"))
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, xerr := req.Execute(); xerr == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("payout: gave up")
}

// DisburseTimesheet retries a v1 disbursement sent without a key.
func DisburseTimesheet(c Contractor, t Timesheet) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, xerr := disbursement.Create(&disbursement.CreateParams{ // want `xendit/disbursement disbursement.Create is retried by a for loop \(line 62\) without an idempotency key`
			ExternalID:        "ts-" + t.ID,
			BankCode:          c.BankCode,
			AccountHolderName: c.Name,
			AccountNumber:     c.Account,
			Description:       "timesheet " + t.ID,
			Amount:            t.Amount,
		})
		if xerr == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("disbursement: gave up")
}

// DisburseTimesheetKeyed retries with the timesheet's id as the
// X-IDEMPOTENCY-KEY (silent).
func DisburseTimesheetKeyed(ctx context.Context, c Contractor, t Timesheet) error {
	params := &disbursement.CreateParams{
		IdempotencyKey:    "ts-" + t.ID,
		ExternalID:        "ts-" + t.ID,
		BankCode:          c.BankCode,
		AccountHolderName: c.Name,
		AccountNumber:     c.Account,
		Description:       "timesheet " + t.ID,
		Amount:            t.Amount,
	}
	for attempt := 0; attempt < 3; attempt++ {
		if _, xerr := disbursement.CreateWithContext(ctx, params); xerr == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("disbursement: gave up")
}

// BillClient retries a v1 invoice, which takes no key: a lost answer is
// a second invoice mailed to the client.
func BillClient(email string, t Timesheet) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		inv, xerr := invoice.Create(&invoice.CreateParams{ExternalID: "bill-" + t.ID, Amount: t.Amount, PayerEmail: email}) // want `xendit/invoice invoice.Create is retried by a for loop \(line 103\)`
		if xerr == nil {
			return inv.InvoiceURL, nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return "", errors.New("invoice: gave up")
}
