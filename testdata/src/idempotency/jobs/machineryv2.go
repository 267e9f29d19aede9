package jobs

import (
	"context"

	machineryv2 "github.com/RichardKnop/machinery/v2"
	tasksv2 "github.com/RichardKnop/machinery/v2/tasks"
	"github.com/google/uuid"
)

// machinery v2, a closure registered and sent with RetryCount 2: a key
// made per delivery.
func registerV2(server *machineryv2.Server) error {
	return server.RegisterTask("settle", func(orderID string) error {
		return post(context.Background(), "https://api.example.com/v1/settlements", chargePayload{OrderID: orderID}, uuid.NewString()) // want `POST /v1/settlements is retried by machinery, which delivers the task again when the handler returns an error \(line 14\) with an idempotency key made anew on every attempt`
	})
}

// machinery v2, retried, with the key from the argument: silent.
func registerV2Keyed(server *machineryv2.Server) error {
	return server.RegisterTask("capture2", func(orderID string) error {
		return post(context.Background(), "https://api.example.com/v1/captures", chargePayload{OrderID: orderID}, "capture-"+orderID)
	})
}

func sendV2(server *machineryv2.Server, orderID string) {
	arg := []tasksv2.Arg{{Type: "string", Value: orderID}}
	server.SendTask(&tasksv2.Signature{Name: "settle", RetryCount: 2, Args: arg})
	server.SendTask(&tasksv2.Signature{Name: "capture2", RetryCount: 2, Args: arg})
}
