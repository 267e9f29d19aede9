package jobs

import (
	"context"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
	"github.com/google/uuid"
)

// --- flagged ---

// Sent with RetryCount 3: a key made per delivery.
func ChargeTask(orderID string, amount int64) error {
	return post(context.Background(), charges, chargePayload{orderID, amount}, uuid.NewString()) // want `POST /v1/charges is retried by machinery, which delivers the task again when the handler returns an error \(line 15\) with an idempotency key made anew on every attempt`
}

// Asks for a retry itself, with no key.
func RefundTask(orderID string) error {
	if err := post(context.Background(), "https://api.example.com/v1/refunds", chargePayload{OrderID: orderID}, ""); err != nil { // want `POST /v1/refunds is retried by machinery, which delivers the task again when the handler returns an error \(line 20\) without an idempotency key`
		return tasks.NewErrRetryTaskLater(err.Error(), time.Minute)
	}
	return nil
}

// --- silent ---

// Never sent with a RetryCount: machinery does not retry it.
func PayoutTask(orderID string) error {
	return post(context.Background(), "https://api.example.com/v1/payouts", chargePayload{OrderID: orderID}, "")
}

// Retried, but the key comes from the task's argument.
func CaptureTask(orderID string) error {
	return post(context.Background(), "https://api.example.com/v1/captures", chargePayload{OrderID: orderID}, "capture-"+orderID)
}

// Not registered with machinery: a plain function.
func chargeDirect(orderID string) error {
	return post(context.Background(), charges, chargePayload{OrderID: orderID}, "")
}

func registerMachinery(server *machinery.Server) error {
	if err := server.RegisterTask("refund", RefundTask); err != nil {
		return err
	}
	return server.RegisterTasks(map[string]interface{}{
		"charge":  ChargeTask,
		"payout":  PayoutTask,
		"capture": CaptureTask,
	})
}

func sendMachinery(server *machinery.Server, orderID string) {
	arg := []tasks.Arg{{Type: "string", Value: orderID}}
	server.SendTask(&tasks.Signature{Name: "charge", RetryCount: 3, Args: arg})
	server.SendTask(&tasks.Signature{Name: "capture", RetryCount: 5, Args: arg})
	server.SendTask(&tasks.Signature{Name: "payout", Args: arg})
}
