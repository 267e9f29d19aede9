// Package midtrans: what the payment model knows of midtrans-go.
package midtrans

import (
	"github.com/google/uuid"
	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

func charge(c coreapi.Client, orderID string) { // want `wrapper charge write\|create\|read midtrans Client.ChargeTransaction`
	c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: 100}}) // want `op write\|create midtrans Client.ChargeTransaction key=TransactionDetails.OrderID keyparam=1$`
	coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: uuid.NewString()}}) // want `op write\|create midtrans coreapi.ChargeTransaction key=TransactionDetails.OrderID fresh=1$`
	coreapi.ChargeTransaction(&coreapi.ChargeReq{PaymentType: coreapi.PaymentTypeBankTransfer})                               // want `op write\|create midtrans coreapi.ChargeTransaction$`
	req := &coreapi.ChargeReq{}
	req.TransactionDetails.OrderID = "order-" + orderID
	c.ChargeTransaction(req) // want `op write\|create midtrans Client.ChargeTransaction key=TransactionDetails.OrderID keyparam=1$`
	req2 := coreapi.ChargeReq{}
	req2.TransactionDetails = midtrans.TransactionDetails{OrderID: orderID}
	c.ChargeTransaction(&req2)                                                             // want `op write\|create midtrans Client.ChargeTransaction key=TransactionDetails.OrderID keyparam=1$`
	c.CheckTransaction(orderID)                                                            // want `op read midtrans Client.CheckTransaction id=orderID$`
	c.RefundTransaction(orderID, &coreapi.RefundReq{RefundKey: "r-" + orderID, Amount: 5}) // want `op write midtrans Client.RefundTransaction key=RefundKey keyparam=1 id=orderID$`
}

// A request handed in may carry the order id.
func handedIn(req *coreapi.ChargeReq) { // want `wrapper handedIn write\|create midtrans coreapi.ChargeTransaction keyparam=0`
	coreapi.ChargeTransaction(req) // want `op write\|create midtrans coreapi.ChargeTransaction key=TransactionDetails.OrderID keyparam=0 value=\?$`
}
