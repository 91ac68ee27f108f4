-- wrk script: every request POSTs the benchmark pod with metadata.generateName, so each one
-- creates a new pod through kubesim's full pipeline (authn, authz, admission, validation, store).
-- The bearer token, when the server wants one, comes from KUBESIM_TOKEN (run.sh reads it from the
-- kubeconfig kubesim writes). wrk's own "Non-2xx or 3xx responses" line counts failed creates.
local token = os.getenv("KUBESIM_TOKEN")

wrk.method = "POST"
wrk.path = "/api/v1/namespaces/default/pods"
wrk.body = '{"apiVersion":"v1","kind":"Pod","metadata":{"generateName":"wrk-","labels":{"app":"bench"}},'
  .. '"spec":{"containers":[{"name":"app","image":"nginx:1.27"}]}}'
wrk.headers["Content-Type"] = "application/json"
if token ~= nil and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
