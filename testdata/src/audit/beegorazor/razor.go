// Package beegorazor is a beego app taking payments with Razorpay.
package beegorazor

import (
	"database/sql"
	"encoding/json"
	"log"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
	"github.com/razorpay/razorpay-go/utils"

	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"
)

var (
	rzp           = razorpay.NewClient("rzp_key", "rzp_secret")
	webhookSecret = "whsec"
	db            *sql.DB
)

func init() {
	web.Post("/razorpay/webhook", razorpayWebhook)
	web.Post("/razorpay/webhook/v1", razorpayWebhookOld)
	web.Post("/api/orders", createOrder)
}

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

// razorpayWebhook verifies the signature first: silent.
func razorpayWebhook(ctx *beecontext.Context) {
	body := ctx.Input.RequestBody
	if !utils.VerifyWebhookSignature(string(body), ctx.Input.Header("X-Razorpay-Signature"), webhookSecret) {
		ctx.Abort(400, "bad signature")
		return
	}
	var ev rzpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		ctx.Abort(400, "bad json")
		return
	}
	if ev.Event == "payment.captured" {
		db.Exec("UPDATE orders SET status = 'paid' WHERE rzp_order_id = $1", ev.Payload.Payment.Entity.OrderID)
	}
	ctx.Output.SetStatus(200)
}

// razorpayWebhookOld logs a bad signature and carries on.
func razorpayWebhookOld(ctx *beecontext.Context) {
	body := ctx.Input.RequestBody
	ok := utils.VerifyWebhookSignature(string(body), ctx.Input.Header("X-Razorpay-Signature"), webhookSecret)
	if !ok {
		log.Println("razorpay: signature mismatch")
	}
	var ev rzpEvent
	_ = json.Unmarshal(body, &ev)
	if ev.Event == "payment.captured" {
		db.Exec("UPDATE orders SET status = 'paid' WHERE rzp_order_id = $1", ev.Payload.Payment.Entity.OrderID) // want `\[webhookverify\] payment webhook /razorpay/webhook/v1 verifies the signature but carries on`
	}
	ctx.Output.SetStatus(200)
}

// createOrder retries Razorpay order creation on error. Razorpay has no
// idempotency key, but an order charges nobody: a duplicate order is never
// paid (look-alike: silent).
func createOrder(ctx *beecontext.Context) {
	var in struct {
		Amount  int    `json:"amount"`
		Receipt string `json:"receipt"`
	}
	if err := ctx.Bind(&in); err != nil {
		ctx.Abort(400, "bad request")
		return
	}
	var order map[string]interface{}
	var err error
	for i := 0; i < 3; i++ {
		order, err = rzp.Order.Create(map[string]interface{}{
			"amount":   in.Amount,
			"currency": "INR",
			"receipt":  in.Receipt,
		}, nil)
		if err == nil {
			break
		}
		time.Sleep(time.Second << i)
	}
	if err != nil {
		ctx.Abort(502, "razorpay down")
		return
	}
	out, _ := json.Marshal(order)
	ctx.Output.Body(out)
}

// chargeSaved charges a saved card (a recurring payment) and retries on
// error without first looking whether the previous attempt went through.
func chargeSaved(customerID, tokenID string, amount int) (map[string]interface{}, error) {
	var p map[string]interface{}
	var err error
	for i := 0; i < 3; i++ {
		p, err = rzp.Payment.CreateRecurringPayment(map[string]interface{}{ // want `\[idempotency\] razorpay Payment.CreateRecurringPayment is retried by a for loop .*read the payment's current state`
			"customer_id": customerID,
			"token":       tokenID,
			"amount":      amount,
			"currency":    "INR",
		}, nil)
		if err == nil {
			return p, nil
		}
		time.Sleep(time.Second << i)
	}
	return nil, err
}
