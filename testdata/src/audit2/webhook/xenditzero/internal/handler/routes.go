package handler

import (
	"errors"
	"net/http"

	"github.com/zeromicro/go-zero/rest"

	"audit2/webhook/xenditzero/internal/svc"
)

var errUnauthorized = errors.New("unauthorized")

func RegisterHandlers(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.AddRoutes([]rest.Route{
		{Method: http.MethodPost, Path: "/xendit/invoice/callback", Handler: InvoiceCallbackHandler(serverCtx)},
		{Method: http.MethodPost, Path: "/xendit/settlement/callback", Handler: SettlementCallbackHandler(serverCtx)},
	})
}
