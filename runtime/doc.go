package runtime

// Manifest runtime sections, by kind. RuntimeSpec.Options holds
// hokusai.RuntimeOptions as JSON: task, features, classes, target, endpoint.
//
// Built-in linear models (trained by Train or linear.Train):
//
//	{"kind": "linear", "entrypoint": "model.json"}
//	{"kind": "softmax", "entrypoint": "model.json"}
//
// The model file carries its features, their encoding, its classes and its
// recipe; options may only repeat the classes.
//
// ONNX (one float input of shape [rows, features]):
//
//	{"kind": "onnx", "entrypoint": "model.onnx", "options": {
//	  "features": ["sepal_length", "sepal_width", "petal_length", "petal_width"],
//	  "classes": ["setosa", "versicolor", "virginica"], "target": "species"}}
//
// Features name the input columns in order (default f0, f1, …); classes
// name the model's class numbers (default: the keys of scikit-learn's
// probability maps, or 0, 1, …). The library comes from
// $HOKUSAI_ONNXRUNTIME_LIB or runtime/onnx/lib (runtime/onnx/install-ort.sh).
//
// XGBoost (binary format) and LightGBM (text or JSON):
//
//	{"kind": "xgboost", "entrypoint": "model.bin", "options": {"classes": ["edible", "poisonous"]}}
//	{"kind": "lightgbm", "entrypoint": "model.txt"}
//
// Plain JSON over HTTP: POST {"inputs": [row, …]} → {"predictions": [p, …]}
// where p is a number, a label, or {"label", "confidence", "probabilities"}:
//
//	{"kind": "remote-json", "options": {"classes": ["ham", "spam"], "endpoint": {
//	  "url": "https://example.com/predict", "input_key": "inputs", "output_key": "predictions",
//	  "batch_size": 64, "timeout": "10s", "attempts": 3, "backoff": "200ms"}}}
//
// OpenAI-compatible chat or completions, one request per row:
//
//	{"kind": "remote-openai", "options": {"classes": ["democrat", "republican"], "endpoint": {
//	  "url": "http://localhost:8000/v1", "mode": "chat", "model": "llama-3-8b",
//	  "system": "Answer with the party only.", "prompt": "Votes: {{.crime}} on crime. Party?",
//	  "max_tokens": 4, "timeout": "30s"}}}
//
// An endpoint's key is never named by the manifest: its owner sets it with
// `hokusai model endpoint-secret set`, and the server sends it to that
// endpoint only.
