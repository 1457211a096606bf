// Generated from openapi/openapi.json by openapi-typescript (npm run openapi). Do not edit.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API index
         * @description Links to every endpoint and to the documentation. A client that prefers text/html to application/json in Accept (a browser navigating) gets the site's home page instead, as text/html; the response varies on Accept.
         */
        get: operations["getIndex"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["getIndexOptions"];
        /**
         * API index (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["getIndexHead"];
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Answers 200 while the server is up, and 503 with Retry-After while it sheds load; reports the figures load shedding watches. Never cached.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["getHealthOptions"];
        /**
         * Health check (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["getHealthHead"];
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness check
         * @description Whether this instance should be sent traffic: 200 when it should; a 503 problem with Retry-After while it drains before shutting down (SIGTERM), and while Redis is failing if the operator made Redis required (REDIS_REQUIRED). /health is liveness: it stays 200 while the instance drains. Never cached.
         */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["getReadyOptions"];
        /**
         * Readiness check (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["getReadyHead"];
        patch?: never;
        trace?: never;
    };
    "/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search status codes
         * @description Every status code in the catalog in brief, standard and vendor, by number. Filters combine; an unknown filter value is a 400, never an empty list. `q` searches code, name, former and other names, and summary, ignoring case.
         */
        get: operations["listCodes"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["listCodesOptions"];
        /**
         * List and search status codes (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["listCodesHead"];
        patch?: never;
        trace?: never;
    };
    "/codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything about one status code
         * @description The full record of a status code: name, class, categories, explanations, the RFC's own words, causes, the common misinterpretation, an example response, snippets, FAQ and related codes. A number with several meanings answers with the most common one and lists the rest in `otherMeanings`; `vendor` selects one. A valid number the catalog does not know is a 404 whose detail says what its class means.
         */
        get: operations["getCode"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["getCodeOptions"];
        /**
         * Everything about one status code (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["getCodeHead"];
        patch?: never;
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the categories
         * @description The five classes (informational, success, redirection, client-error, server-error) and the vendor groups (nginx, cloudflare, aws-elb, iis, and unofficial for every other vendor), each with how many codes it holds.
         */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["listCategoriesOptions"];
        /**
         * List the categories (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["listCategoriesHead"];
        patch?: never;
        trace?: never;
    };
    "/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One category with its codes
         * @description A category and the summaries of every code in it. An unknown id is a 404.
         */
        get: operations["getCategory"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["getCategoryOptions"];
        /**
         * One category with its codes (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["getCategoryHead"];
        patch?: never;
        trace?: never;
    };
    "/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How two to four status codes differ
         * @description With `codes`, compares two to four distinct codes aspect by aspect (class, meaning, whose side must act, caching, content, redirects, retries, required headers, standing) and gives a verdict. For sets people often confuse (401,403; 301,308; 502,503,504 ...) the answer includes our curated comparison: the key difference, when to use each, the common mistake and an example. Order does not matter: 403,401 is the same comparison as 401,403. Without `codes`, lists the curated comparisons. A number with several meanings is compared in its most common one.
         */
        get: operations["compareCodes"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["compareCodesOptions"];
        /**
         * How two to four status codes differ (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["compareCodesHead"];
        patch?: never;
        trace?: never;
    };
    "/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A quiz question, from a seeded sequence
         * @description The question at `position` of the sequence `seed` names: the same seed and position give the same question on any server, so a quiz can be replayed or shared. The kinds take turns along a sequence. Without `seed` the server picks a new one, says which in `sequence.seed`, and the answer is not cacheable.
         */
        get: operations["drawQuestion"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["drawQuestionOptions"];
        /**
         * A quiz question, from a seeded sequence (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["drawQuestionHead"];
        patch?: never;
        trace?: never;
    };
    "/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One quiz question
         * @description The question an id names, with four choices of which exactly one is right. Ids are made by GET /questions; one that is malformed is a 400, one that is well formed but names no question (an unknown code, a wrong choice that could be right) a 404.
         */
        get: operations["getQuestion"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["getQuestionOptions"];
        /**
         * One quiz question (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["getQuestionHead"];
        patch?: never;
        trace?: never;
    };
    "/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Answer a quiz question
         * @description Whether `choice` is right, the right answer, a short explanation and the path of the code (or comparison) to read more. The verdict depends only on the question and the choice, so it is a cacheable GET.
         */
        get: operations["answerQuestion"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["answerQuestionOptions"];
        /**
         * Answer a quiz question (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["answerQuestionHead"];
        patch?: never;
        trace?: never;
    };
    "/echo/random": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Answer with a random status, reproducibly
         * @description Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible by construction: position `step` (0 when absent) of a seed's sequence is the same draw on every server, at any time, whoever else uses the seed; the server counts nothing. The X-Echo-Draw header tells which position answered, and a Link header with rel="next" is the same request at the next position. Without a seed, picks are random.
         */
        get: operations["echoRandom"];
        /**
         * Answer with a random status, reproducibly
         * @description Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible by construction: position `step` (0 when absent) of a seed's sequence is the same draw on every server, at any time, whoever else uses the seed; the server counts nothing. The X-Echo-Draw header tells which position answered, and a Link header with rel="next" is the same request at the next position. Without a seed, picks are random.
         */
        put: operations["echoRandomPut"];
        /**
         * Answer with a random status, reproducibly
         * @description Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible by construction: position `step` (0 when absent) of a seed's sequence is the same draw on every server, at any time, whoever else uses the seed; the server counts nothing. The X-Echo-Draw header tells which position answered, and a Link header with rel="next" is the same request at the next position. Without a seed, picks are random.
         */
        post: operations["echoRandomPost"];
        /**
         * Answer with a random status, reproducibly
         * @description Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible by construction: position `step` (0 when absent) of a seed's sequence is the same draw on every server, at any time, whoever else uses the seed; the server counts nothing. The X-Echo-Draw header tells which position answered, and a Link header with rel="next" is the same request at the next position. Without a seed, picks are random.
         */
        delete: operations["echoRandomDelete"];
        /**
         * Answer with a random status, reproducibly
         * @description Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible by construction: position `step` (0 when absent) of a seed's sequence is the same draw on every server, at any time, whoever else uses the seed; the server counts nothing. The X-Echo-Draw header tells which position answered, and a Link header with rel="next" is the same request at the next position. Without a seed, picks are random.
         */
        options: operations["echoRandomOptions"];
        /**
         * Answer with a random status, reproducibly
         * @description Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible by construction: position `step` (0 when absent) of a seed's sequence is the same draw on every server, at any time, whoever else uses the seed; the server counts nothing. The X-Echo-Draw header tells which position answered, and a Link header with rel="next" is the same request at the next position. Without a seed, picks are random.
         */
        head: operations["echoRandomHead"];
        /**
         * Answer with a random status, reproducibly
         * @description Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible by construction: position `step` (0 when absent) of a seed's sequence is the same draw on every server, at any time, whoever else uses the seed; the server counts nothing. The X-Echo-Draw header tells which position answered, and a Link header with rel="next" is the same request at the next position. Without a seed, picks are random.
         */
        patch: operations["echoRandomPatch"];
        trace?: never;
    };
    "/echo/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Answer with any status, correctly on the wire
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire.
         */
        get: operations["echoCode"];
        /**
         * Answer with any status, correctly on the wire
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire.
         */
        put: operations["echoCodePut"];
        /**
         * Answer with any status, correctly on the wire
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire.
         */
        post: operations["echoCodePost"];
        /**
         * Answer with any status, correctly on the wire
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire.
         */
        delete: operations["echoCodeDelete"];
        /**
         * Answer with any status, correctly on the wire
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire.
         */
        options: operations["echoCodeOptions"];
        /**
         * Answer with any status, correctly on the wire
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire.
         */
        head: operations["echoCodeHead"];
        /**
         * Answer with any status, correctly on the wire
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire.
         */
        patch: operations["echoCodePatch"];
        trace?: never;
    };
    "/echo/{code}/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Answer with any status, for every path below /echo/{code}/
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire. Any path below /echo/{code}/ answers as /echo/{code} does, and the echoed request shows the full path and query. Parameters /echo does not know are the client's own, echoed and not refused.
         */
        get: operations["echoCodeBelow"];
        /**
         * Answer with any status, for every path below /echo/{code}/
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire. Any path below /echo/{code}/ answers as /echo/{code} does, and the echoed request shows the full path and query. Parameters /echo does not know are the client's own, echoed and not refused.
         */
        put: operations["echoCodeBelowPut"];
        /**
         * Answer with any status, for every path below /echo/{code}/
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire. Any path below /echo/{code}/ answers as /echo/{code} does, and the echoed request shows the full path and query. Parameters /echo does not know are the client's own, echoed and not refused.
         */
        post: operations["echoCodeBelowPost"];
        /**
         * Answer with any status, for every path below /echo/{code}/
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire. Any path below /echo/{code}/ answers as /echo/{code} does, and the echoed request shows the full path and query. Parameters /echo does not know are the client's own, echoed and not refused.
         */
        delete: operations["echoCodeBelowDelete"];
        /**
         * Answer with any status, for every path below /echo/{code}/
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire. Any path below /echo/{code}/ answers as /echo/{code} does, and the echoed request shows the full path and query. Parameters /echo does not know are the client's own, echoed and not refused.
         */
        options: operations["echoCodeBelowOptions"];
        /**
         * Answer with any status, for every path below /echo/{code}/
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire. Any path below /echo/{code}/ answers as /echo/{code} does, and the echoed request shows the full path and query. Parameters /echo does not know are the client's own, echoed and not refused.
         */
        head: operations["echoCodeBelowHead"];
        /**
         * Answer with any status, for every path below /echo/{code}/
         * @description Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and 416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire. Any path below /echo/{code}/ answers as /echo/{code} does, and the echoed request shows the full path and query. Parameters /echo does not know are the client's own, echoed and not refused.
         */
        patch: operations["echoCodeBelowPatch"];
        trace?: never;
    };
    "/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a URL: its status and redirect chain
         * @description Fetches the URL from our server (HEAD by default, never reading the body) and reports every hop with its status explained from the catalog. Upstream trouble (DNS, refused connections, timeouts, TLS, bad redirects) is reported in `error`, not as our error. Only public addresses on the allowed ports are ever connected to: a URL that is, or resolves to, a private, loopback, link-local or otherwise non-public address is a 403, and a redirect to one stops the chain with DESTINATION_NOT_ALLOWED. Limited per client (RateLimit headers) and cached briefly.
         */
        get: operations["checkUrl"];
        put?: never;
        /**
         * Check several URLs
         * @description Checks up to 20 URLs and returns their reports in order. Each URL counts against the rate limit. A URL that is not allowed gets a report whose error is DESTINATION_NOT_ALLOWED; a malformed one makes the whole request a 400 that names it.
         */
        post: operations["checkUrls"];
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["checkUrlOptions"];
        /**
         * Check a URL: its status and redirect chain (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["checkUrlHead"];
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics for Prometheus
         * @description The server's metrics in the Prometheus text format (version 0.0.4): request durations by route template and status class, 429s, 503s by cause, /check outcomes, refused connections, the shared limiter's Redis state, and the process's own figures. Every client may read it unless METRICS_ALLOW lists the addresses that may (then others get a 403). It spends the general allowance like any request, and load shedding leaves it alone. Never cached.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["getMetricsOptions"];
        /**
         * Metrics for Prometheus (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["getMetricsHead"];
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenAPI document
         * @description The OpenAPI 3.1 document of this API, generated from its schemas.
         */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * The methods of this path; CORS preflight
         * @description Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request headers asked for when they are well formed, and a day's Access-Control-Max-Age.
         */
        options: operations["getOpenApiOptions"];
        /**
         * OpenAPI document (headers only)
         * @description The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).
         */
        head: operations["getOpenApiHead"];
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem details object, served as application/problem+json. */
        Problem: {
            /** @description A URI reference that identifies the problem type; its page explains it. */
            type: string;
            /** @description Short summary of the problem type; the same for every occurrence. */
            title: string;
            /** @description The HTTP status code of this response. */
            status: number;
            /** @description What went wrong with this request, in words a person can act on. */
            detail: string;
            /** @description The request path (with query) that produced the problem. */
            instance: string;
            /**
             * @description Stable machine-readable error code; /check's input errors keep the names its contract gives them.
             * @enum {string}
             */
            code: "ERR_VALIDATION" | "ERR_BAD_REQUEST" | "ERR_FORBIDDEN" | "ERR_NOT_FOUND" | "ERR_UNKNOWN_CODE" | "ERR_UNKNOWN_VENDOR_MEANING" | "ERR_UNKNOWN_CATEGORY" | "ERR_UNKNOWN_QUESTION" | "ERR_METHOD_NOT_ALLOWED" | "ERR_NOT_ACCEPTABLE" | "ERR_REQUEST_TIMEOUT" | "ERR_PAYLOAD_TOO_LARGE" | "ERR_URI_TOO_LONG" | "ERR_UNSUPPORTED_MEDIA_TYPE" | "ERR_RATE_LIMITED" | "ERR_HEADERS_TOO_LARGE" | "INVALID_URL" | "UNSUPPORTED_SCHEME" | "CREDENTIALS_NOT_ALLOWED" | "PORT_NOT_ALLOWED" | "DESTINATION_NOT_ALLOWED" | "ERR_INTERNAL" | "ERR_UNAVAILABLE";
            /** @description Id of the request in our logs; quote it when reporting a problem. The X-Request-Id the request carried, when it had one of at most 128 characters from A-Z a-z 0-9 . _ : -; otherwise one we made. */
            requestId: string;
            /** @description The trace id of the request's W3C traceparent header, when it carried a valid one. */
            traceId?: string;
            /** @description For validation problems: each thing that was wrong. */
            errors?: {
                /**
                 * @description Which part of the request: path, querystring, headers or body.
                 * @enum {string}
                 */
                in: "path" | "querystring" | "headers" | "body";
                /** @description JSON pointer to the field within that part ("" for the part itself). */
                field: string;
                /** @description What is wrong with it. */
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description A status code in brief. */
        CodeSummary: {
            /** @description The status code. */
            code: number;
            /** @description Its official name. */
            name: string;
            /** @description The class given by the first digit, 1xx to 5xx; null for numbers outside 100-599 that some vendors use (such as 999). */
            class: "1xx" | "2xx" | "3xx" | "4xx" | "5xx" | null;
            /**
             * @description Standing of the code: standard (registered with IANA and in use), deprecated (registered, but the spec advises against it), unused (reserved by IANA, never to be sent), obsolete (its defining spec was retired), temporary (a time-limited IANA registration), unofficial (used by a vendor or product, never registered).
             * @enum {string}
             */
            status: "standard" | "deprecated" | "unused" | "obsolete" | "temporary" | "unofficial";
            /** @description Vendor id; null for IANA codes. */
            vendor: string | null;
            /** @description One line that says what the code means. */
            summary: string;
            /** @description Path of the full record. */
            link: string;
        };
        /** @description Everything worth knowing about one meaning of a status code. */
        CodeRecord: {
            /** @description The status code. */
            code: number;
            /** @description The official name: IANA's description for registered codes, the vendor's own wording for others. */
            name: string;
            /** @description Names the code was known by in older specifications. */
            formerNames: string[];
            /** @description Other names in use for this meaning (libraries, vendor pages). */
            otherNames: string[];
            /** @description An emoji that stands for the code. */
            emoji: string;
            /**
             * @description Standing of the code: standard (registered with IANA and in use), deprecated (registered, but the spec advises against it), unused (reserved by IANA, never to be sent), obsolete (its defining spec was retired), temporary (a time-limited IANA registration), unofficial (used by a vendor or product, never registered).
             * @enum {string}
             */
            status: "standard" | "deprecated" | "unused" | "obsolete" | "temporary" | "unofficial";
            /** @description null for IANA-registered codes; otherwise the kebab-case id of the vendor that uses this meaning (see GET /categories). */
            vendor: string | null;
            /** @description One line that says what the code means. */
            summary: string;
            /** @description "What does this mean?": the code in friendly words for someone who just met it. */
            meaning: string;
            /** @description The technical definition, precise and in our own words. */
            definition: string;
            /** @description A plain-English explanation of when and how the code is used. */
            explanation: string;
            /** @description The defining specification; null for unofficial codes. */
            spec: {
                /** @description The defining document as written in the IANA registry, e.g. "RFC 9110" or an Internet-Draft name. */
                document: string;
                /** @description The section that defines the code, e.g. "15.5.10"; null when the registry cites the whole document. */
                section: string | null;
                /**
                 * Format: uri
                 * @description Link to the defining section on rfc-editor.org (or the datatracker for drafts).
                 */
                url: string;
                /** @description The specification's own words, quoted verbatim; null when no checkable text of the document is at hand. */
                quote: string | null;
            } | null;
            /** @description Common reasons a client sees this code. */
            commonCauses: string[];
            /** @description The common misinterpretation of the code. */
            misinterpretation: {
                /** @description The common misreading of the code. */
                mistake: string;
                /** @description What is true instead. */
                correction: string;
                /** @description Codes that fit the situation people misuse this one for; empty when none applies. */
                useInstead: number[];
            };
            /** @description What the code means to HTTP machinery: caching, content, redirects, retries, headers. */
            semantics: {
                /** @description Heuristically cacheable: a cache may reuse it without explicit freshness (RFC 9110 Section 15.1, RFC 7725 for 451). */
                cacheableByDefault: boolean;
                /** @description Whether the response may carry content (false for 1xx, 204 and 304). */
                contentAllowed: boolean;
                /** @description Redirect behaviour; null when the code does not redirect. */
                redirect: {
                    /** @description Whether clients should update stored links; null when the code says neither. */
                    permanent: boolean | null;
                    /**
                     * @description What happens to the request method on follow: preserved (307, 308), changed-to-get (303), may-change (301, 302: user agents may turn POST into GET for historical reasons).
                     * @enum {string}
                     */
                    method: "preserved" | "changed-to-get" | "may-change";
                } | null;
                /**
                 * @description Whether a client may retry: not-needed (the request worked or is being redirected), after-change (only a changed request can succeed), with-backoff (the same request may succeed later), immediately (the same request may be sent again at once and waiting gains nothing: on a new connection after 421, after the TLS handshake after 425), no (retrying will not help).
                 * @enum {string}
                 */
                retry: "not-needed" | "after-change" | "with-backoff" | "immediately" | "no";
                /** @description Response header fields the specification requires with this code (e.g. WWW-Authenticate on 401, Allow on 405). */
                requiredHeaders: string[];
                /** @description Response header fields the specification recommends or that clients rely on (e.g. Retry-After on 503). */
                recommendedHeaders: string[];
                /** @description The status actually sent to the client when it differs from this code (nginx 494-497 are sent as 400); null otherwise. */
                sentAs: number | null;
                /** @description Whether a client ever receives this code (false for log-only codes such as nginx 444 and 499). */
                reachesClient: boolean;
            };
            /** @description Frequently asked questions. */
            faq: {
                /** @description A question people ask about this code. */
                question: string;
                /** @description Our answer. */
                answer: string;
            }[];
            /** @description Related status codes. */
            related: {
                /** @description A related status code. */
                code: number;
                /** @description How it relates to this code. */
                reason: string;
            }[];
            /** @description MDN's page for the code; null when MDN has none. */
            mdn: string | null;
            /** @description Primary sources for the facts in this record. */
            sources: {
                /** @description Title of the source. */
                title: string;
                /**
                 * Format: uri
                 * @description Where to read it.
                 */
                url: string;
            }[];
            /** @description The class given by the first digit, 1xx to 5xx; null for numbers outside 100-599 that some vendors use (such as 999). */
            class: "1xx" | "2xx" | "3xx" | "4xx" | "5xx" | null;
            /** @description Ids of the categories the code belongs to: its class's and, for vendor codes, its vendor's. */
            categories: string[];
            /** @description An example HTTP/1.1 response with this code. */
            example: {
                /** @description What the example shows: the request that led to it and why the server answered this way. */
                description: string;
                /** @description The request line that led to the response, e.g. "PUT /articles/42 HTTP/1.1"; null when no request applies. */
                request: string | null;
                /** @description The status sent on the wire: the code itself, or the code the vendor actually sends (nginx sends 495 as 400); for 208, which only ever appears inside a multistatus body, 207. */
                status: number;
                /** @description Response header fields, in order. */
                headers: {
                    /** @description Header field name. */
                    name: string;
                    /** @description Header field value. */
                    value: string;
                }[];
                /** @description Response content; null when the response has none. */
                body: string | null;
                /** @description The whole example response as it would appear on the wire (CRLF line endings). */
                raw: string;
            };
            /** @description Other meanings of the same number, from other vendors or the registry. */
            otherMeanings: {
                /** @description The status code. */
                code: number;
                /** @description Vendor id; null for the IANA meaning. */
                vendor: string | null;
                /** @description Its name. */
                name: string;
                /** @description Path of its record in this API. */
                link: string;
            }[];
            /** @description The next lower code in the catalog; null for the first. */
            previous: {
                /** @description The status code. */
                code: number;
                /** @description Vendor id; null for the IANA meaning. */
                vendor: string | null;
                /** @description Its name. */
                name: string;
                /** @description Path of its record in this API. */
                link: string;
            } | null;
            /** @description The next higher code in the catalog; null for the last. */
            next: {
                /** @description The status code. */
                code: number;
                /** @description Vendor id; null for the IANA meaning. */
                vendor: string | null;
                /** @description Its name. */
                name: string;
                /** @description Path of its record in this API. */
                link: string;
            } | null;
            /** @description Code that sends this status from common frameworks. */
            snippets: {
                /** @description Stable id of the snippet, e.g. "express". */
                id: string;
                /** @description Framework or library, e.g. "Express". */
                label: string;
                /** @description Programming language, e.g. "JavaScript". */
                language: string;
                /** @description Source code that sends this status the way the code requires. */
                code: string;
            }[];
            /** @description Our curated comparisons that include this code. */
            comparisons: {
                /** @description The codes compared. */
                codes: number[];
                /** @description Headline of the comparison. */
                title: string;
                /** @description Path of the comparison. */
                link: string;
            }[];
            /** @description Path of this record. */
            link: string;
        };
        /** @description A group of status codes. */
        CategorySummary: {
            /** @description Category id. */
            id: string;
            /** @description Display name. */
            name: string;
            /** @description What the codes in this category have in common. */
            description: string;
            /**
             * @description class: one of the five classes of RFC 9110; vendor: codes used by one vendor (or, for "unofficial", by vendors without a category of their own).
             * @enum {string}
             */
            kind: "class" | "vendor";
            /** @description How many code meanings the category holds. */
            count: number;
            /** @description Path of the category with its codes. */
            link: string;
        };
        /** @description A group of status codes with its codes. */
        Category: {
            /** @description Category id. */
            id: string;
            /** @description Display name. */
            name: string;
            /** @description What the codes in this category have in common. */
            description: string;
            /**
             * @description class: one of the five classes of RFC 9110; vendor: codes used by one vendor (or, for "unofficial", by vendors without a category of their own).
             * @enum {string}
             */
            kind: "class" | "vendor";
            /** @description How many code meanings the category holds. */
            count: number;
            /** @description Path of the category with its codes. */
            link: string;
            /** @description The codes in the category, in order. */
            codes: components["schemas"]["CodeSummary"][];
        };
        /** @description A comparison written by us for codes people often confuse. */
        CuratedComparison: {
            /** @description The codes compared, ascending. */
            codes: number[];
            /** @description Headline, e.g. "401 vs 403: not logged in, or not allowed". */
            title: string;
            /** @description The essential difference in one or two sentences. */
            keyDifference: string;
            /** @description For each code, when to use it, in the order of `codes`. */
            whenToUse: {
                /** @description A status code. */
                code: number;
                /** @description When this code is the right answer. */
                when: string;
            }[];
            /** @description The mistake people make with these codes. */
            commonMistake: string;
            /** @description A concrete scenario that shows the difference. */
            example: string;
            /** @description Path of this comparison. */
            link: string;
        };
        /** @description How two to four status codes differ, and when to use each. */
        Comparison: {
            /** @description The codes compared, ascending. */
            codes: components["schemas"]["CodeSummary"][];
            /** @description Aspects in which the codes differ. */
            differences: {
                /** @description Stable id of the aspect, e.g. "cacheableByDefault". */
                aspect: string;
                /** @description What the aspect is, in words. */
                label: string;
                /** @description The value for each code, in the order of `codes`. */
                values: {
                    /** @description A status code. */
                    code: number;
                    /** @description The value of the aspect for the code. */
                    value: string | boolean | null | string[];
                }[];
            }[];
            /** @description Aspects in which all the codes agree. */
            similarities: {
                /** @description Stable id of the aspect, e.g. "cacheableByDefault". */
                aspect: string;
                /** @description What the aspect is, in words. */
                label: string;
                /** @description The value for each code, in the order of `codes`. */
                values: {
                    /** @description A status code. */
                    code: number;
                    /** @description The value of the aspect for the code. */
                    value: string | boolean | null | string[];
                }[];
            }[];
            /** @description The essential difference in one or two sentences. */
            verdict: string;
            /** @description Our written comparison when the codes are exactly a set people often confuse; null otherwise. */
            curated: components["schemas"]["CuratedComparison"] | null;
            /** @description Curated comparisons of some of the requested codes, for larger requests that contain one. */
            seeAlso: {
                /** @description The codes compared. */
                codes: number[];
                /** @description Headline of the comparison. */
                title: string;
                /** @description Path of the comparison. */
                link: string;
            }[];
            /** @description Canonical path of this comparison. */
            link: string;
        };
        /** @description What a URL answers, hop by hop. */
        CheckReport: {
            /** @description The URL asked about, as parsed. */
            url: string;
            /** @description The last URL requested. */
            finalUrl: string;
            /** @description The final status; null when no response came back. */
            status: number | null;
            /** @description The name of the final status. */
            name: string | null;
            /** @description True when the chain ended without error on a status below 400. */
            ok: boolean;
            /** @description Every response in order, redirects included. */
            hops: {
                /** @description The URL requested at this hop. */
                url: string;
                /**
                 * @description The method used (GET after a HEAD answered 405 or 501).
                 * @enum {string}
                 */
                method: "HEAD" | "GET";
                /** @description The status the server answered. */
                status: number;
                /** @description Its name from our catalog; null for a number we do not know. */
                name: string | null;
                /** @description The Location header, when the response had one. */
                location: string | null;
                /** @description Time to the response headers, in milliseconds. */
                durationMs: number;
                /** @description The address family of the server connected to, where known. */
                remoteFamily: ("IPv4" | "IPv6") | null;
                /** @description The HTTP version spoken, where known. */
                httpVersion: string | null;
            }[];
            /** @description Time for the whole check, in milliseconds. */
            durationMs: number;
            /**
             * Format: date-time
             * @description When the check ran (the original time for a cached report).
             */
            checkedAt: string;
            /** @description Whether this report came from the short-lived cache. */
            cached: boolean;
            /** @description Upstream trouble, or null. */
            error: {
                /**
                 * @description What went wrong upstream.
                 * @enum {string}
                 */
                code: "DNS_ERROR" | "CONNECTION_REFUSED" | "TIMEOUT" | "TLS_ERROR" | "PROTOCOL_ERROR" | "RESPONSE_HEADERS_TOO_LARGE" | "TOO_MANY_REDIRECTS" | "REDIRECT_LOOP" | "INVALID_REDIRECT" | "DESTINATION_NOT_ALLOWED" | "NETWORK_UNREACHABLE" | "RATE_LIMITED";
                /** @description The same in words. */
                message: string;
                /** @description Index of the hop that failed (equal to the number of hops when no response came back). */
                hop: number;
            } | null;
        };
        /**
         * @description The default JSON body of an echo response.
         * @example {
         *       "code": 503,
         *       "name": "Service Unavailable",
         *       "summary": "The server cannot handle the request right now because it is overloaded or down for maintenance, a condition expected to pass.",
         *       "assigned": true,
         *       "request": {
         *         "method": "GET",
         *         "path": "/echo/503",
         *         "query": {
         *           "retryAfter": "30"
         *         },
         *         "headers": {
         *           "host": "localhost:3000",
         *           "accept": "*\/*"
         *         },
         *         "body": null
         *       }
         *     }
         */
        EchoBody: {
            /** @description The status of the response. */
            code: number;
            /** @description Its name from the catalog, or "Unassigned". */
            name: string;
            /** @description What it means. */
            summary: string;
            /** @description Whether IANA or a tracked vendor assigns the code. */
            assigned: boolean;
            /** @description On 300 Multiple Choices: the paths to choose from. */
            choices?: string[];
            /** @description The request as the server received it. */
            request: {
                /** @description The request method. */
                method: string;
                /** @description The request path. */
                path: string;
                /** @description The parsed query string. */
                query: {
                    [key: string]: unknown;
                };
                /** @description The request headers as received (lower-case names). */
                headers: {
                    [key: string]: unknown;
                };
                /** @description The request content as text, or null. */
                body: string | null;
            };
        };
        /** @description An /echo error status as an RFC 9457 problem, when Accept asks for one. */
        EchoProblem: {
            /**
             * @description about:blank: the status code says it all (RFC 9457 Section 4.2.1).
             * @enum {string}
             */
            type: "about:blank";
            /** @description The name of the status. */
            title: string;
            /** @description The echoed status. */
            status: number;
            /** @description What the status means. */
            detail: string;
            /** @description The request path. */
            instance: string;
        };
        /** @description A quiz question about status codes. */
        QuizQuestion: {
            /** @description Stable id of the question: it holds everything needed to make the question again, on any server. */
            id: string;
            /**
             * @description means: which code means this summary; number: what a code means; scenario: which code fits a scenario (a common cause, or a curated comparison's "when to use"); difference: how two codes people confuse differ.
             * @enum {string}
             */
            kind: "means" | "number" | "scenario" | "difference";
            /** @description The question. */
            prompt: string;
            /** @description Four choices, exactly one of them right. */
            choices: {
                /**
                 * @description The letter of a choice.
                 * @enum {string}
                 */
                key: "A" | "B" | "C" | "D";
                /** @description The choice as shown: a code number, a name, or what each of two codes means. */
                text: string;
            }[];
            /** @description Path of this question. */
            link: string;
            /** @description Path to answer it: add `?choice=` and a letter. */
            answer: string;
            /** @description Where the question sits in a seeded sequence; null when it was asked for by id. */
            sequence: {
                /** @description The seed of the sequence. */
                seed: string;
                /** @description Where in the sequence this question is, from 0. */
                position: number;
                /** @description Path of the next question in the sequence. */
                next: string;
            } | null;
        };
        /** @description The verdict on one answer to a quiz question. */
        QuizAnswer: {
            /** @description The question answered. */
            id: string;
            /**
             * @description The letter of a choice.
             * @enum {string}
             */
            choice: "A" | "B" | "C" | "D";
            /** @description Whether the choice is the right answer. */
            correct: boolean;
            /** @description One of the four choices. */
            answer: {
                /**
                 * @description The letter of a choice.
                 * @enum {string}
                 */
                key: "A" | "B" | "C" | "D";
                /** @description The choice as shown: a code number, a name, or what each of two codes means. */
                text: string;
            };
            /** @description Why the right answer is right. */
            explanation: string;
            /** @description Path of the API resource that explains it: the code, or the comparison of the two codes. */
            link: string;
        };
    };
    responses: {
        /** @description The request is malformed: a parameter is invalid or unknown (`errors` lists each), or the path has a malformed percent-escape. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is understood but refused. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nothing is there. The problem detail says why. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Every path answers the methods it lacks with this: the Allow header lists the ones it supports. */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request content is larger than the server accepts. */
        ContentTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request target, or one path segment, is longer than the server accepts. */
        UriTooLong: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request content is not of a media type this operation takes. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests from this client; wait for Retry-After seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Something went wrong on our side; the detail says nothing more, the requestId finds it in our logs. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The server is overloaded, at a concurrency cap, or shutting down; try again after Retry-After seconds. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is malformed: a parameter is invalid or unknown (`errors` lists each), or the path has a malformed percent-escape. */
        BadRequestHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request content is larger than the server accepts. */
        ContentTooLargeHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request target, or one path segment, is longer than the server accepts. */
        UriTooLongHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Too many requests from this client; wait for Retry-After seconds. */
        TooManyRequestsHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Something went wrong on our side; the detail says nothing more, the requestId finds it in our logs. */
        InternalErrorHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The server is overloaded, at a concurrency cap, or shutting down; try again after Retry-After seconds. */
        ServiceUnavailableHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Nothing is there. The problem detail says why. */
        NotFoundHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request is understood but refused. */
        ForbiddenHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 200 as asked for; also /echo/206 when Range asks for several ranges or is malformed (the whole 100 bytes as text/plain). */
        Echo200: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "text/plain": string;
            };
        };
        /** @description 204: no content. */
        Echo204: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 205: no content, Content-Length: 0. */
        Echo205: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A byte range of a 100-byte text (Content-Range says which). */
        Echo206: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                "Content-Range": components["headers"]["Content-Range"];
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /** @description 304: no content, with the ETag a 200 would carry. */
        Echo304: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 400 as asked for, or this API's own 400 problem (see the description). */
        Echo400: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 406 as asked for, or this API's own 406 problem (see the description). */
        Echo406: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 413 as asked for, or this API's own 413 problem (see the description). */
        Echo413: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 414 as asked for, or this API's own 414 problem (see the description). */
        Echo414: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 429 as asked for, or this API's own 429 problem (see the description). */
        Echo429: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 500 as asked for, or this API's own 500 problem (see the description). */
        Echo500: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 503 as asked for, or this API's own 503 problem (see the description). */
        Echo503: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description Any other 2xx asked for. */
        Echo2XX: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "text/plain": string;
            };
        };
        /** @description A 3xx asked for; redirects carry Location. */
        Echo3XX: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "text/plain": string;
            };
        };
        /** @description Any other 4xx asked for. */
        Echo4XX: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Content-Range": components["headers"]["Content-Range"];
                Allow: components["headers"]["Allow"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"];
                "text/plain": string;
            };
        };
        /** @description Any other 5xx asked for. */
        Echo5XX: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"];
                "text/plain": string;
            };
        };
        /** @description 200 as asked for; also /echo/206 when Range asks for several ranges or is malformed (the whole 100 bytes as text/plain). */
        Echo200Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A byte range of a 100-byte text (Content-Range says which). */
        Echo206Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                "Content-Range": components["headers"]["Content-Range"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 400 as asked for, or this API's own 400 problem (see the description). */
        Echo400Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 406 as asked for, or this API's own 406 problem (see the description). */
        Echo406Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 413 as asked for, or this API's own 413 problem (see the description). */
        Echo413Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 414 as asked for, or this API's own 414 problem (see the description). */
        Echo414Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 429 as asked for, or this API's own 429 problem (see the description). */
        Echo429Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 500 as asked for, or this API's own 500 problem (see the description). */
        Echo500Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 503 as asked for, or this API's own 503 problem (see the description). */
        Echo503Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Any other 2xx asked for. */
        Echo2XXHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A 3xx asked for; redirects carry Location. */
        Echo3XXHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Any other 4xx asked for. */
        Echo4XXHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Content-Range": components["headers"]["Content-Range"];
                Allow: components["headers"]["Allow"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Any other 5xx asked for. */
        Echo5XXHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 204: no content. */
        Echo204Options: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                Allow: components["headers"]["Allow"];
                "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 200 as asked for; also /echo/206 when Range asks for several ranges or is malformed (the whole 100 bytes as text/plain). */
        EchoRandom200: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "text/plain": string;
            };
        };
        /** @description 204: no content. */
        EchoRandom204: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 205: no content, Content-Length: 0. */
        EchoRandom205: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A byte range of a 100-byte text (Content-Range says which). */
        EchoRandom206: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                "Content-Range": components["headers"]["Content-Range"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /** @description 304: no content, with the ETag a 200 would carry. */
        EchoRandom304: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                Location: components["headers"]["Location"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 400 as asked for, or this API's own 400 problem (see the description). */
        EchoRandom400: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 406 as asked for, or this API's own 406 problem (see the description). */
        EchoRandom406: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 413 as asked for, or this API's own 413 problem (see the description). */
        EchoRandom413: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 414 as asked for, or this API's own 414 problem (see the description). */
        EchoRandom414: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 429 as asked for, or this API's own 429 problem (see the description). */
        EchoRandom429: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 500 as asked for, or this API's own 500 problem (see the description). */
        EchoRandom500: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description 503 as asked for, or this API's own 503 problem (see the description). */
        EchoRandom503: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"] | components["schemas"]["Problem"];
                "text/plain": string;
            };
        };
        /** @description Any other 2xx asked for. */
        EchoRandom2XX: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                Location: components["headers"]["Location"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "text/plain": string;
            };
        };
        /** @description A 3xx asked for; redirects carry Location. */
        EchoRandom3XX: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                Location: components["headers"]["Location"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "text/plain": string;
            };
        };
        /** @description Any other 4xx asked for. */
        EchoRandom4XX: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Content-Range": components["headers"]["Content-Range"];
                Allow: components["headers"]["Allow"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"];
                "text/plain": string;
            };
        };
        /** @description Any other 5xx asked for. */
        EchoRandom5XX: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EchoBody"] | unknown;
                "application/problem+json": components["schemas"]["EchoProblem"];
                "text/plain": string;
            };
        };
        /** @description 200 as asked for; also /echo/206 when Range asks for several ranges or is malformed (the whole 100 bytes as text/plain). */
        EchoRandom200Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A byte range of a 100-byte text (Content-Range says which). */
        EchoRandom206Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                "Content-Range": components["headers"]["Content-Range"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 400 as asked for, or this API's own 400 problem (see the description). */
        EchoRandom400Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 406 as asked for, or this API's own 406 problem (see the description). */
        EchoRandom406Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 413 as asked for, or this API's own 413 problem (see the description). */
        EchoRandom413Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 414 as asked for, or this API's own 414 problem (see the description). */
        EchoRandom414Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 429 as asked for, or this API's own 429 problem (see the description). */
        EchoRandom429Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 500 as asked for, or this API's own 500 problem (see the description). */
        EchoRandom500Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 503 as asked for, or this API's own 503 problem (see the description). */
        EchoRandom503Head: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Any other 2xx asked for. */
        EchoRandom2XXHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                ETag: components["headers"]["ETag"];
                Location: components["headers"]["Location"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A 3xx asked for; redirects carry Location. */
        EchoRandom3XXHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                Location: components["headers"]["Location"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Any other 4xx asked for. */
        EchoRandom4XXHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Content-Range": components["headers"]["Content-Range"];
                Allow: components["headers"]["Allow"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Any other 5xx asked for. */
        EchoRandom5XXHead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description 204: no content. */
        EchoRandom204Options: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Echo-Draw": components["headers"]["X-Echo-Draw"];
                Allow: components["headers"]["Allow"];
                "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
        IfNoneMatch: string;
        /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
        EchoDelay: number;
        /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
        EchoHeader: string | string[];
        /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
        EchoBody: string;
        /** @description For 1xx codes: the final status sent after the interim response (default 200). */
        EchoFinal: number;
        /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
        EchoLocation: string;
        /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
        EchoHops: number;
        /** @description For 429 and 503: the Retry-After seconds (default 1). */
        EchoRetryAfter: number;
        /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
        EchoFault: "close" | "close-after-head" | "close-mid-body" | "wrong-length" | "bad-chunking" | "bad-gzip" | "bad-json" | "hang";
        /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
        EchoReason: string;
        /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
        EchoDrip: number;
        /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
        EchoDripBytes: number;
        /**
         * @description Exactly three ASCII digits from 100 to 599.
         * @example 503
         */
        EchoCode: number;
        /**
         * @description Any path below /echo/{code}/, slashes included (may be empty).
         * @example v1/users/42
         */
        EchoCodeBelowPath: string;
        /** @description Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters). */
        EchoRandomCodes: string;
        /** @description A whole number from 0 to 4294967295 that fixes the sequence of picks. */
        EchoRandomSeed: number;
        /** @description With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent). */
        EchoRandomStep: number;
    };
    requestBodies: {
        /** @description Any content of any type, at most ECHO_BODY_LIMIT_BYTES; echoed back as text in request.body. */
        EchoContent: {
            content: {
                "*/*": unknown;
            };
        };
    };
    headers: {
        /** @description Id of the request in our logs (a problem carries it as requestId); quote it when reporting one. */
        "X-Request-Id": string;
        /** @description Validator of this representation: send it back in If-None-Match to get a 304 while it is current. */
        ETag: string;
        /** @description `public, max-age=<CACHE_MAX_AGE_S>` on data, `no-store` on problems and /check reports, `private, no-store` on /echo. */
        "Cache-Control": string;
        /** @description `Accept-Encoding` on bodies large enough to be served compressed. */
        Vary: string;
        /** @description Requests this client may make per minute (draft-ietf-httpapi-ratelimit-headers); /check counts upstream requests. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window starts again. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description Where a redirect points, or where a created resource is. */
        Location: string;
        /** @description The methods this path supports. */
        Allow: string;
        /** @description Which bytes of the 100-byte text this is (`bytes 0-9/100`), or `bytes *\/100` on a 416. */
        "Content-Range": string;
        /** @description On /echo/401: the challenge. */
        "WWW-Authenticate": string;
        /** @description With seed: the position of the draw that answered. */
        "X-Echo-Draw": number;
        /** @description On a CORS preflight: the methods allowed. */
        "Access-Control-Allow-Methods": string;
        /** @description On a CORS preflight: the request headers asked for, when they are well formed. */
        "Access-Control-Allow-Headers": string;
        /** @description On a CORS preflight: seconds a browser may remember the answer. */
        "Access-Control-Max-Age": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getIndex: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API index. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "SiteError API",
                     *       "version": "0.1.0",
                     *       "description": "Everything worth knowing about HTTP status codes, standard and vendor, as JSON.",
                     *       "links": {
                     *         "codes": "/codes",
                     *         "code": "/codes/{code}",
                     *         "categories": "/categories",
                     *         "category": "/categories/{id}",
                     *         "compare": "/compare{?codes}",
                     *         "questions": "/questions{?seed,position}",
                     *         "question": "/questions/{id}",
                     *         "echo": "/echo/{code}",
                     *         "random": "/echo/random{?codes,seed,step}",
                     *         "check": "/check{?url}",
                     *         "health": "/health",
                     *         "ready": "/ready",
                     *         "docs": "/docs",
                     *         "openapi": "/openapi.json"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description The service. */
                        name: string;
                        /** @description Its version. */
                        version: string;
                        /** @description What it does. */
                        description: string;
                        /** @description Where everything is. */
                        links: {
                            /** @description List and search status codes. */
                            codes: string;
                            /** @description One status code, as a URI template. */
                            code: string;
                            /** @description The categories that group codes. */
                            categories: string;
                            /** @description One category, as a URI template. */
                            category: string;
                            /** @description Compare codes, as a URI template; without codes, the curated comparisons. */
                            compare: string;
                            /** @description A quiz question from a seeded sequence, as a URI template. */
                            questions: string;
                            /** @description One quiz question, as a URI template; add /answer?choice= to answer it. */
                            question: string;
                            /** @description A response with any status, as a URI template. */
                            echo: string;
                            /** @description A weighted random status, as a URI template. */
                            random: string;
                            /** @description Check a URL, as a URI template. */
                            check: string;
                            /** @description Liveness check. */
                            health: string;
                            /** @description Readiness check, for load balancers. */
                            ready: string;
                            /** @description Swagger UI. */
                            docs: string;
                            /** @description The OpenAPI 3.1 document. */
                            openapi: string;
                        };
                    };
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getIndexOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getIndexHead: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API index. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness of the server. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "0.1.0",
                     *       "pressure": {
                     *         "eventLoopDelayMs": 1.2,
                     *         "heapUsedBytes": 31457280,
                     *         "rssBytes": 83886080,
                     *         "underPressure": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description "ok", or "under-pressure" (with a 503) while the server sheds load.
                         * @enum {string}
                         */
                        status: "ok" | "under-pressure";
                        /** @description The running version. */
                        version: string;
                        /** @description The figures load shedding watches. */
                        pressure: {
                            /** @description Recent event-loop delay, in milliseconds. */
                            eventLoopDelayMs: number;
                            /** @description V8 heap in use. */
                            heapUsedBytes: number;
                            /** @description Resident set size of the process. */
                            rssBytes: number;
                            /** @description Whether a load-shedding threshold is crossed. */
                            underPressure: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalError"];
            /** @description The server is shedding load. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description "ok", or "under-pressure" (with a 503) while the server sheds load.
                         * @enum {string}
                         */
                        status: "ok" | "under-pressure";
                        /** @description The running version. */
                        version: string;
                        /** @description The figures load shedding watches. */
                        pressure: {
                            /** @description Recent event-loop delay, in milliseconds. */
                            eventLoopDelayMs: number;
                            /** @description V8 heap in use. */
                            heapUsedBytes: number;
                            /** @description Resident set size of the process. */
                            rssBytes: number;
                            /** @description Whether a load-shedding threshold is crossed. */
                            underPressure: boolean;
                        };
                    };
                };
            };
        };
    };
    getHealthOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness of the server. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            500: components["responses"]["InternalErrorHead"];
            /** @description The server is shedding load. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance takes traffic. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "checks": {
                     *         "catalog": "loaded",
                     *         "draining": false,
                     *         "redis": "off",
                     *         "redisRequired": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Always "ready": an instance that is not ready answers 503 with a problem.
                         * @enum {string}
                         */
                        status: "ready";
                        /** @description What readiness was decided from. */
                        checks: {
                            /**
                             * @description The catalog is loaded (the listener opens only after it is).
                             * @enum {string}
                             */
                            catalog: "loaded";
                            /**
                             * @description Not shutting down.
                             * @enum {boolean}
                             */
                            draining: false;
                            /**
                             * @description The shared rate limits' Redis: off (limits in memory), ok, or failing-open (limits per process until it recovers).
                             * @enum {string}
                             */
                            redis: "off" | "ok" | "failing-open";
                            /** @description Whether a failing Redis makes the instance not ready (REDIS_REQUIRED). */
                            redisRequired: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReadyOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReadyHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance takes traffic. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    listCodes: {
        parameters: {
            query?: {
                /** @description Only codes of this class. */
                class?: "1xx" | "2xx" | "3xx" | "4xx" | "5xx";
                /** @description Only codes in this category. */
                category?: "informational" | "success" | "redirection" | "client-error" | "server-error" | "nginx" | "cloudflare" | "aws-elb" | "iis" | "unofficial";
                /** @description Only codes with this status. */
                status?: "standard" | "deprecated" | "unused" | "obsolete" | "temporary" | "unofficial";
                /** @description Only this vendor's codes; "iana" for registered ones. */
                vendor?: "iana" | "nginx" | "cloudflare" | "aws-elb" | "iis" | "laravel" | "twitter" | "spring" | "shopify" | "pantheon" | "esri" | "apache" | "cpanel" | "cloudlinux" | "qualys" | "linkedin" | "http-proxies";
                /** @description Search text, e.g. "too large" or "payload". */
                q?: string;
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of status codes in brief. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 1,
                     *       "codes": [
                     *         {
                     *           "code": 409,
                     *           "name": "Conflict",
                     *           "class": "4xx",
                     *           "status": "standard",
                     *           "vendor": null,
                     *           "summary": "The request clashes with the current state of the resource, so the server will not apply it as sent.",
                     *           "link": "/codes/409"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description How many codes matched. */
                        count: number;
                        /** @description The matching codes, by number; the most common meaning of a number first. */
                        codes: components["schemas"]["CodeSummary"][];
                    };
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCodesOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCodesHead: {
        parameters: {
            query?: {
                /** @description Only codes of this class. */
                class?: "1xx" | "2xx" | "3xx" | "4xx" | "5xx";
                /** @description Only codes in this category. */
                category?: "informational" | "success" | "redirection" | "client-error" | "server-error" | "nginx" | "cloudflare" | "aws-elb" | "iis" | "unofficial";
                /** @description Only codes with this status. */
                status?: "standard" | "deprecated" | "unused" | "obsolete" | "temporary" | "unofficial";
                /** @description Only this vendor's codes; "iana" for registered ones. */
                vendor?: "iana" | "nginx" | "cloudflare" | "aws-elb" | "iis" | "laravel" | "twitter" | "spring" | "shopify" | "pantheon" | "esri" | "apache" | "cpanel" | "cloudlinux" | "qualys" | "linkedin" | "http-proxies";
                /** @description Search text, e.g. "too large" or "payload". */
                q?: string;
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of status codes in brief. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    getCode: {
        parameters: {
            query?: {
                /** @description A vendor id (see GET /categories), or "iana" for the registered meaning. */
                vendor?: string;
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description A three-digit status code from 100 to 999.
                 * @example 409
                 */
                code: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record of the code (here 409). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 409,
                     *       "name": "Conflict",
                     *       "formerNames": [],
                     *       "otherNames": [],
                     *       "emoji": "⚔️",
                     *       "status": "standard",
                     *       "vendor": null,
                     *       "summary": "The request clashes with the current state of the resource, so the server will not apply it as sent.",
                     *       "meaning": "Sorry, that seat's taken! Your change collides with how things stand right now: someone saved first, the name is in use, or the state won't allow it. Sort it out and resend.",
                     *       "definition": "A 4xx client error for requests that are valid on their own but cannot be applied because they contradict the target resource's current state. The conflict is expected to be resolvable by the user, and the response content should describe it well enough for the user to find its source, for example by pointing at the competing revision.",
                     *       "explanation": "Two people load version 7 of a wiki page; the first saves version 8, then the second saves edits built on 7. Applying them would wipe out the first person's work, so the server answers 409 and names the current version. A taken username, deleting a folder that still holds files, or shipping a cancelled order are 409s too. It is not for validation errors: bad input is 400 or 422, whatever the resource holds.",
                     *       "spec": {
                     *         "document": "RFC 9110",
                     *         "section": "15.5.10",
                     *         "url": "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10",
                     *         "quote": "The 409 (Conflict) status code indicates that the request could not be completed due to a conflict with the current state of the target resource. This code is used in situations where the user might be able to resolve the conflict and resubmit the request. The server SHOULD generate content that includes enough information for a user to recognize the source of the conflict."
                     *       },
                     *       "commonCauses": [
                     *         "Two clients edited the same resource and the second save is based on a stale copy (a lost-update conflict).",
                     *         "Creating something whose unique key already exists, such as a username, email address or slug.",
                     *         "A state-machine transition that the resource's current state does not allow, like paying an invoice that was voided.",
                     *         "Deleting or renaming a resource that other resources still depend on, such as a non-empty directory or a referenced record.",
                     *         "A WebDAV PUT or MKCOL into a collection that does not exist yet."
                     *       ],
                     *       "misinterpretation": {
                     *         "mistake": "Answering 409 when the submitted data fails validation: a required field left out, an email address with no @, a password that is too short.",
                     *         "correction": "A validation failure lies in the request itself, and the same data would be refused whatever the server holds. Send 400 when the request cannot be parsed and 422 when it parses but the values are wrong. Keep 409 for requests that would succeed if the resource were in another state, such as a username already taken or an edit built on a stale revision.",
                     *         "useInstead": [
                     *           400,
                     *           422
                     *         ]
                     *       },
                     *       "example": {
                     *         "description": "A client saves article 42 based on revision 7, but another editor already saved revision 8. The server refuses the stale write and says which revision is current.",
                     *         "request": "PUT /articles/42 HTTP/1.1",
                     *         "status": 409,
                     *         "headers": [
                     *           {
                     *             "name": "Content-Type",
                     *             "value": "application/problem+json"
                     *           },
                     *           {
                     *             "name": "Content-Length",
                     *             "value": "188"
                     *           }
                     *         ],
                     *         "body": "{\"type\":\"https://example.com/problems/edit-conflict\",\"title\":\"Edit conflict\",\"status\":409,\"detail\":\"Article 42 is at revision 8; your changes are based on revision 7.\",\"currentRevision\":8}",
                     *         "raw": "HTTP/1.1 409 Conflict\r\nContent-Type: application/problem+json\r\nContent-Length: 188\r\n\r\n{\"type\":\"https://example.com/problems/edit-conflict\",\"title\":\"Edit conflict\",\"status\":409,\"detail\":\"Article 42 is at revision 8; your changes are based on revision 7.\",\"currentRevision\":8}"
                     *       },
                     *       "semantics": {
                     *         "cacheableByDefault": false,
                     *         "contentAllowed": true,
                     *         "redirect": null,
                     *         "retry": "after-change",
                     *         "requiredHeaders": [],
                     *         "recommendedHeaders": [
                     *           "Content-Type"
                     *         ],
                     *         "sentAs": null,
                     *         "reachesClient": true
                     *       },
                     *       "faq": [
                     *         {
                     *           "question": "Should a duplicate username or email return 409 or 422?",
                     *           "answer": "409 fits best: the submitted data is well formed and would be accepted if the name were free, so the problem is the server's current state, not the content. 422 is for content that is well formed but semantically wrong on its own, such as an end date before the start date."
                     *         },
                     *         {
                     *           "question": "What is the difference between 409 and 412?",
                     *           "answer": "412 answers a conditional request: the client said 'only if the ETag is still X' and it is not. 409 is the server deciding on its own that the change clashes with the resource. If your API supports ETags, prefer If-Match with 412 for edit conflicts; use 409 when no precondition was sent, and 428 if you want to force every client to send one."
                     *         },
                     *         {
                     *           "question": "Can a client retry a 409 automatically?",
                     *           "answer": "Not blindly: the same request will conflict again. The client should fetch the current state, merge or ask the user, and send a new request. Only retry unchanged if the conflict came from a transient lock that the response says has been released."
                     *         },
                     *         {
                     *           "question": "What should the body of a 409 contain?",
                     *           "answer": "Enough for the user to see what clashed: the current version or ETag, the conflicting field, or a link to the competing resource. A problem+json document (RFC 9457) with a detail sentence and an extension member such as currentRevision works well."
                     *         }
                     *       ],
                     *       "related": [
                     *         {
                     *           "code": 412,
                     *           "reason": "The conditional-request answer to an edit conflict: the client's If-Match no longer holds."
                     *         },
                     *         {
                     *           "code": 428,
                     *           "reason": "Lets a server insist on conditional requests so lost updates surface as 412 instead of 409."
                     *         },
                     *         {
                     *           "code": 400,
                     *           "reason": "For requests that are malformed in themselves, not in conflict with the resource."
                     *         },
                     *         {
                     *           "code": 422,
                     *           "reason": "For well-formed content that is semantically invalid regardless of the resource's state."
                     *         },
                     *         {
                     *           "code": 423,
                     *           "reason": "WebDAV's answer when the resource is locked, a specific kind of state conflict."
                     *         }
                     *       ],
                     *       "mdn": "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/409",
                     *       "sources": [
                     *         {
                     *           "title": "RFC 9110, Section 15.5.10: 409 Conflict",
                     *           "url": "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10"
                     *         },
                     *         {
                     *           "title": "IANA HTTP Status Code Registry",
                     *           "url": "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml"
                     *         }
                     *       ],
                     *       "class": "4xx",
                     *       "categories": [
                     *         "client-error"
                     *       ],
                     *       "otherMeanings": [],
                     *       "previous": {
                     *         "code": 408,
                     *         "vendor": null,
                     *         "name": "Request Timeout",
                     *         "link": "/codes/408"
                     *       },
                     *       "next": {
                     *         "code": 410,
                     *         "vendor": null,
                     *         "name": "Gone",
                     *         "link": "/codes/410"
                     *       },
                     *       "snippets": [
                     *         {
                     *           "id": "express",
                     *           "label": "Express",
                     *           "language": "JavaScript",
                     *           "code": "import express from 'express'\n\nconst app = express()\n\napp.get('/example', (req, res) => {\n  res.status(409).type('application/problem+json').json({\n    type: 'https://example.com/problems/edit-conflict',\n    title: 'Edit conflict',\n    status: 409,\n    detail: 'Article 42 is at revision 8; your changes are based on revision 7.',\n    currentRevision: 8\n  })\n})\n\napp.listen(3000)"
                     *         },
                     *         {
                     *           "id": "fastify",
                     *           "label": "Fastify",
                     *           "language": "JavaScript",
                     *           "code": "import Fastify from 'fastify'\n\nconst fastify = Fastify()\n\nfastify.get('/example', async (request, reply) => {\n  return reply.code(409).type('application/problem+json').send({\n    type: 'https://example.com/problems/edit-conflict',\n    title: 'Edit conflict',\n    status: 409,\n    detail: 'Article 42 is at revision 8; your changes are based on revision 7.',\n    currentRevision: 8\n  })\n})\n\nawait fastify.listen({ port: 3000 })"
                     *         },
                     *         {
                     *           "id": "node-http",
                     *           "label": "Node.js http",
                     *           "language": "JavaScript",
                     *           "code": "import http from 'node:http'\n\nhttp.createServer((req, res) => {\n  res.writeHead(409, { 'Content-Type': 'application/problem+json' })\n  res.end(JSON.stringify({\n    type: 'https://example.com/problems/edit-conflict',\n    title: 'Edit conflict',\n    status: 409,\n    detail: 'Article 42 is at revision 8; your changes are based on revision 7.',\n    currentRevision: 8\n  }))\n}).listen(3000)"
                     *         },
                     *         {
                     *           "id": "python-flask",
                     *           "label": "Flask",
                     *           "language": "Python",
                     *           "code": "from http import HTTPStatus\n\nfrom flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route(\"/example\")\ndef example():\n    return {\n        \"type\": \"https://example.com/problems/edit-conflict\",\n        \"title\": \"Edit conflict\",\n        \"status\": 409,\n        \"detail\": \"Article 42 is at revision 8; your changes are based on revision 7.\",\n        \"currentRevision\": 8\n    }, HTTPStatus.CONFLICT, {\"Content-Type\": \"application/problem+json\"}\n\n\nif __name__ == \"__main__\":\n    app.run(port=3000)"
                     *         },
                     *         {
                     *           "id": "go-net-http",
                     *           "label": "Go net/http",
                     *           "language": "Go",
                     *           "code": "package main\n\nimport (\n\t\"io\"\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc main() {\n\tlog.Fatal(http.ListenAndServe(\":3000\", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tw.Header().Set(\"Content-Type\", \"application/problem+json\")\n\t\tw.WriteHeader(http.StatusConflict)\n\t\tio.WriteString(w, `{\"type\":\"https://example.com/problems/edit-conflict\",\"title\":\"Edit conflict\",\"status\":409,\"detail\":\"Article 42 is at revision 8; your changes are based on revision 7.\",\"currentRevision\":8}`)\n\t})))\n}"
                     *         },
                     *         {
                     *           "id": "java-spring",
                     *           "label": "Spring Boot",
                     *           "language": "Java",
                     *           "code": "import org.springframework.http.MediaType;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.GetMapping;\nimport org.springframework.web.bind.annotation.RestController;\n\n@RestController\npublic class ExampleController {\n\n    @GetMapping(\"/example\")\n    public ResponseEntity<String> example() {\n        return ResponseEntity.status(409)\n                .contentType(MediaType.parseMediaType(\"application/problem+json\"))\n                .body(\"{\\\"type\\\":\\\"https://example.com/problems/edit-conflict\\\",\\\"title\\\":\\\"Edit conflict\\\",\\\"status\\\":409,\\\"detail\\\":\\\"Article 42 is at revision 8; your changes are based on revision 7.\\\",\\\"currentRevision\\\":8}\");\n    }\n}"
                     *         },
                     *         {
                     *           "id": "csharp-aspnet-core",
                     *           "label": "ASP.NET Core",
                     *           "language": "C#",
                     *           "code": "var app = WebApplication.Create(args);\n\napp.MapGet(\"/example\", (HttpContext context) =>\n{\n    return Results.Text(\"{\\\"type\\\":\\\"https://example.com/problems/edit-conflict\\\",\\\"title\\\":\\\"Edit conflict\\\",\\\"status\\\":409,\\\"detail\\\":\\\"Article 42 is at revision 8; your changes are based on revision 7.\\\",\\\"currentRevision\\\":8}\", contentType: \"application/problem+json\", statusCode: 409);\n});\n\napp.Run(\"http://localhost:3000\");"
                     *         },
                     *         {
                     *           "id": "php",
                     *           "label": "PHP",
                     *           "language": "PHP",
                     *           "code": "<?php\nheader('Content-Type: application/problem+json');\nhttp_response_code(409);\necho '{\"type\":\"https://example.com/problems/edit-conflict\",\"title\":\"Edit conflict\",\"status\":409,\"detail\":\"Article 42 is at revision 8; your changes are based on revision 7.\",\"currentRevision\":8}';"
                     *         },
                     *         {
                     *           "id": "ruby-rails",
                     *           "label": "Ruby on Rails",
                     *           "language": "Ruby",
                     *           "code": "class ExampleController < ApplicationController\n  def show\n    render json: '{\"type\":\"https://example.com/problems/edit-conflict\",\"title\":\"Edit conflict\",\"status\":409,\"detail\":\"Article 42 is at revision 8; your changes are based on revision 7.\",\"currentRevision\":8}', content_type: 'application/problem+json', status: 409\n  end\nend"
                     *         },
                     *         {
                     *           "id": "rust-axum",
                     *           "label": "axum",
                     *           "language": "Rust",
                     *           "code": "use axum::{http::StatusCode, response::IntoResponse, routing::get, Router};\n\nasync fn example() -> impl IntoResponse {\n    (StatusCode::from_u16(409).unwrap(), [(\"Content-Type\", \"application/problem+json\")], r#\"{\"type\":\"https://example.com/problems/edit-conflict\",\"title\":\"Edit conflict\",\"status\":409,\"detail\":\"Article 42 is at revision 8; your changes are based on revision 7.\",\"currentRevision\":8}\"#)\n}\n\n#[tokio::main]\nasync fn main() {\n    let app = Router::new().route(\"/example\", get(example));\n    let listener = tokio::net::TcpListener::bind(\"0.0.0.0:3000\").await.unwrap();\n    axum::serve(listener, app).await.unwrap();\n}"
                     *         }
                     *       ],
                     *       "comparisons": [
                     *         {
                     *           "codes": [
                     *             409,
                     *             412
                     *           ],
                     *           "title": "409 vs 412: your change clashes, or your condition failed",
                     *           "link": "/compare?codes=409,412"
                     *         }
                     *       ],
                     *       "link": "/codes/409"
                     *     }
                     */
                    "application/json": components["schemas"]["CodeRecord"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCodeOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A three-digit status code from 100 to 999.
                 * @example 409
                 */
                code: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCodeHead: {
        parameters: {
            query?: {
                /** @description A vendor id (see GET /categories), or "iana" for the registered meaning. */
                vendor?: string;
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description A three-digit status code from 100 to 999.
                 * @example 409
                 */
                code: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record of the code (here 409). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            404: components["responses"]["NotFoundHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The categories that group status codes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 10,
                     *       "categories": [
                     *         {
                     *           "id": "informational",
                     *           "name": "1xx Informational",
                     *           "description": "Interim responses: the server has the request and is still working on it, or tells the client something before the final answer.",
                     *           "kind": "class",
                     *           "count": 5,
                     *           "link": "/categories/informational"
                     *         },
                     *         {
                     *           "id": "success",
                     *           "name": "2xx Success",
                     *           "description": "The request was received, understood and accepted.",
                     *           "kind": "class",
                     *           "count": 11,
                     *           "link": "/categories/success"
                     *         },
                     *         {
                     *           "id": "redirection",
                     *           "name": "3xx Redirection",
                     *           "description": "The client has to take a further step, usually following another URL, to complete the request.",
                     *           "kind": "class",
                     *           "count": 9,
                     *           "link": "/categories/redirection"
                     *         },
                     *         {
                     *           "id": "client-error",
                     *           "name": "4xx Client Error",
                     *           "description": "The request was wrong or cannot be served as sent: the client has to change something before trying again.",
                     *           "kind": "class",
                     *           "count": 49,
                     *           "link": "/categories/client-error"
                     *         },
                     *         {
                     *           "id": "server-error",
                     *           "name": "5xx Server Error",
                     *           "description": "The request may have been fine, but the server, or a server behind it, failed to answer it.",
                     *           "kind": "class",
                     *           "count": 28,
                     *           "link": "/categories/server-error"
                     *         },
                     *         {
                     *           "id": "nginx",
                     *           "name": "nginx",
                     *           "description": "Codes the nginx web server uses internally and writes to its logs; several never reach a client, or reach it as a plain 400.",
                     *           "kind": "vendor",
                     *           "count": 6,
                     *           "link": "/categories/nginx"
                     *         },
                     *         {
                     *           "id": "cloudflare",
                     *           "name": "Cloudflare",
                     *           "description": "Codes Cloudflare's edge sends when it cannot get a good answer from the origin server behind it.",
                     *           "kind": "vendor",
                     *           "count": 9,
                     *           "link": "/categories/cloudflare"
                     *         },
                     *         {
                     *           "id": "aws-elb",
                     *           "name": "AWS Elastic Load Balancing",
                     *           "description": "Codes AWS Application Load Balancers write to their access logs or send when a request cannot be routed to a target.",
                     *           "kind": "vendor",
                     *           "count": 4,
                     *           "link": "/categories/aws-elb"
                     *         },
                     *         {
                     *           "id": "iis",
                     *           "name": "Microsoft (IIS, Exchange, Windows)",
                     *           "description": "Codes from Microsoft products: IIS and Exchange session and redirect codes, WebDAV extensions and Windows parental controls.",
                     *           "kind": "vendor",
                     *           "count": 4,
                     *           "link": "/categories/iis"
                     *         },
                     *         {
                     *           "id": "unofficial",
                     *           "name": "Other unofficial codes",
                     *           "description": "Codes that frameworks, platforms and products use without an IANA registration, for vendors without a category of their own.",
                     *           "kind": "vendor",
                     *           "count": 16,
                     *           "link": "/categories/unofficial"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description How many categories there are. */
                        count: number;
                        /** @description Every category: the five classes first, then the vendors. */
                        categories: components["schemas"]["CategorySummary"][];
                    };
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCategoriesOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCategoriesHead: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The categories that group status codes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    getCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description Category id, e.g. "client-error" or "nginx".
                 * @example nginx
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category with its codes (here nginx). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "nginx",
                     *       "name": "nginx",
                     *       "description": "Codes the nginx web server uses internally and writes to its logs; several never reach a client, or reach it as a plain 400.",
                     *       "kind": "vendor",
                     *       "count": 6,
                     *       "link": "/categories/nginx",
                     *       "codes": [
                     *         {
                     *           "code": 444,
                     *           "name": "No Response",
                     *           "class": "4xx",
                     *           "status": "unofficial",
                     *           "vendor": "nginx",
                     *           "summary": "nginx hangs up on the request without sending a single byte; the 444 exists only in nginx's configuration and logs, never on the wire.",
                     *           "link": "/codes/444"
                     *         },
                     *         {
                     *           "code": 494,
                     *           "name": "Request Header Too Large",
                     *           "class": "4xx",
                     *           "status": "unofficial",
                     *           "vendor": "nginx",
                     *           "summary": "nginx's internal code for request headers that do not fit its header buffers; the client is sent 400 Bad Request instead.",
                     *           "link": "/codes/494"
                     *         },
                     *         {
                     *           "code": 495,
                     *           "name": "SSL Certificate Error",
                     *           "class": "4xx",
                     *           "status": "unofficial",
                     *           "vendor": "nginx",
                     *           "summary": "nginx's internal code for a client certificate that failed verification; the client is sent 400 Bad Request instead.",
                     *           "link": "/codes/495"
                     *         },
                     *         {
                     *           "code": 496,
                     *           "name": "SSL Certificate Required",
                     *           "class": "4xx",
                     *           "status": "unofficial",
                     *           "vendor": "nginx",
                     *           "summary": "nginx's internal code for a request that came without the client certificate the server requires; the client is sent 400 Bad Request instead.",
                     *           "link": "/codes/496"
                     *         },
                     *         {
                     *           "code": 497,
                     *           "name": "HTTP Request Sent to HTTPS Port",
                     *           "class": "4xx",
                     *           "status": "unofficial",
                     *           "vendor": "nginx",
                     *           "summary": "nginx's internal code for a plain-HTTP request that arrived on a port expecting TLS; the client is sent 400 Bad Request instead.",
                     *           "link": "/codes/497"
                     *         },
                     *         {
                     *           "code": 499,
                     *           "name": "Client Closed Request",
                     *           "class": "4xx",
                     *           "status": "unofficial",
                     *           "vendor": "nginx",
                     *           "summary": "nginx's log entry for a request whose client disconnected before nginx could send a response; nothing is ever sent.",
                     *           "link": "/codes/499"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCategoryOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Category id, e.g. "client-error" or "nginx".
                 * @example nginx
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCategoryHead: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description Category id, e.g. "client-error" or "nginx".
                 * @example nginx
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category with its codes (here nginx). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            404: components["responses"]["NotFoundHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    compareCodes: {
        parameters: {
            query?: {
                /**
                 * @description Two to four distinct status codes, comma-separated.
                 * @example 401,403
                 */
                codes?: string;
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comparison, or without `codes` the list of curated comparisons. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "codes": [
                     *         {
                     *           "code": 401,
                     *           "name": "Unauthorized",
                     *           "class": "4xx",
                     *           "status": "standard",
                     *           "vendor": null,
                     *           "summary": "The request lacks valid authentication credentials; the WWW-Authenticate header says how to authenticate.",
                     *           "link": "/codes/401"
                     *         },
                     *         {
                     *           "code": 403,
                     *           "name": "Forbidden",
                     *           "class": "4xx",
                     *           "status": "standard",
                     *           "vendor": null,
                     *           "summary": "The server understood the request but refuses to carry it out, and logging in again as the same user will not change that.",
                     *           "link": "/codes/403"
                     *         }
                     *       ],
                     *       "differences": [
                     *         {
                     *           "aspect": "meaning",
                     *           "label": "What it means",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": "The request lacks valid authentication credentials; the WWW-Authenticate header says how to authenticate."
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": "The server understood the request but refuses to carry it out, and logging in again as the same user will not change that."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "aspect": "retry",
                     *           "label": "Retry advice",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": "after-change"
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": "no"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "aspect": "requiredHeaders",
                     *           "label": "Required response headers",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": [
                     *                 "WWW-Authenticate"
                     *               ]
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": []
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "similarities": [
                     *         {
                     *           "aspect": "class",
                     *           "label": "Class",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": "4xx"
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": "4xx"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "aspect": "fault",
                     *           "label": "Whose side must act",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": "client"
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": "client"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "aspect": "standing",
                     *           "label": "Standing",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": "standard (IANA)"
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": "standard (IANA)"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "aspect": "cacheableByDefault",
                     *           "label": "Cacheable by default",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": false
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": false
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "aspect": "contentAllowed",
                     *           "label": "Response may have content",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": true
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": true
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "aspect": "redirect",
                     *           "label": "Redirects",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": false
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": false
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "aspect": "redirectMethod",
                     *           "label": "Request method on redirect",
                     *           "values": [
                     *             {
                     *               "code": 401,
                     *               "value": null
                     *             },
                     *             {
                     *               "code": 403,
                     *               "value": null
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "verdict": "401 means the server does not know who you are: the credentials are missing, expired or wrong, and sending valid ones may fix it. 403 means the server knows exactly who you are, or does not care, and still refuses: new credentials for the same identity will not help.",
                     *       "curated": {
                     *         "codes": [
                     *           401,
                     *           403
                     *         ],
                     *         "title": "401 vs 403: who are you, or you may not",
                     *         "keyDifference": "401 means the server does not know who you are: the credentials are missing, expired or wrong, and sending valid ones may fix it. 403 means the server knows exactly who you are, or does not care, and still refuses: new credentials for the same identity will not help.",
                     *         "whenToUse": [
                     *           {
                     *             "code": 401,
                     *             "when": "The request carried no credentials, or ones that failed to authenticate (a bad password, an expired or revoked token). Always send WWW-Authenticate to say how to authenticate."
                     *           },
                     *           {
                     *             "code": 403,
                     *             "when": "The caller is authenticated but lacks permission, or the action is forbidden for everyone (writing to a read-only archive, an IP block list)."
                     *           }
                     *         ],
                     *         "commonMistake": "Answering 401 to a logged-in user who lacks a role. Their identity is not in doubt, so asking them to authenticate again sends clients into a login loop; that is a 403.",
                     *         "example": "GET /admin/users with no Authorization header gets 401 and WWW-Authenticate: Bearer. The same request with a valid token for an ordinary user gets 403, because logging in again as that user changes nothing.",
                     *         "link": "/compare?codes=401,403"
                     *       },
                     *       "seeAlso": [],
                     *       "link": "/compare?codes=401,403"
                     *     }
                     */
                    "application/json": components["schemas"]["Comparison"] | {
                        /** @description How many curated comparisons there are. */
                        count: number;
                        /** @description Every curated comparison, with its link. */
                        comparisons: {
                            /** @description The codes compared. */
                            codes: number[];
                            /** @description Headline of the comparison. */
                            title: string;
                            /** @description Path of the comparison. */
                            link: string;
                        }[];
                    };
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    compareCodesOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    compareCodesHead: {
        parameters: {
            query?: {
                /**
                 * @description Two to four distinct status codes, comma-separated.
                 * @example 401,403
                 */
                codes?: string;
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comparison, or without `codes` the list of curated comparisons. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            404: components["responses"]["NotFoundHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    drawQuestion: {
        parameters: {
            query?: {
                /**
                 * @description Up to 32 letters, digits, "-" or "_".
                 * @example example
                 */
                seed?: string;
                /** @description Which question of the sequence, from 0. */
                position?: number;
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The question. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "means.420@spring.421.424.503",
                     *       "kind": "means",
                     *       "prompt": "Which status code means: “A deprecated Spring Framework constant from the WebDAV drafts: the method could not be carried out on a resource because another part of the same operation failed.”",
                     *       "choices": [
                     *         {
                     *           "key": "A",
                     *           "text": "420"
                     *         },
                     *         {
                     *           "key": "B",
                     *           "text": "421"
                     *         },
                     *         {
                     *           "key": "C",
                     *           "text": "424"
                     *         },
                     *         {
                     *           "key": "D",
                     *           "text": "503"
                     *         }
                     *       ],
                     *       "link": "/questions/means.420@spring.421.424.503",
                     *       "answer": "/questions/means.420@spring.421.424.503/answer",
                     *       "sequence": {
                     *         "seed": "example",
                     *         "position": 0,
                     *         "next": "/questions?seed=example&position=1"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["QuizQuestion"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    drawQuestionOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    drawQuestionHead: {
        parameters: {
            query?: {
                /**
                 * @description Up to 32 letters, digits, "-" or "_".
                 * @example example
                 */
                seed?: string;
                /** @description Which question of the sequence, from 0. */
                position?: number;
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The question. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    getQuestion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description A question id, as a question or GET /questions gives it.
                 * @example number.401.100.403.496
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The question. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "means.420@spring.421.424.503",
                     *       "kind": "means",
                     *       "prompt": "Which status code means: “A deprecated Spring Framework constant from the WebDAV drafts: the method could not be carried out on a resource because another part of the same operation failed.”",
                     *       "choices": [
                     *         {
                     *           "key": "A",
                     *           "text": "420"
                     *         },
                     *         {
                     *           "key": "B",
                     *           "text": "421"
                     *         },
                     *         {
                     *           "key": "C",
                     *           "text": "424"
                     *         },
                     *         {
                     *           "key": "D",
                     *           "text": "503"
                     *         }
                     *       ],
                     *       "link": "/questions/means.420@spring.421.424.503",
                     *       "answer": "/questions/means.420@spring.421.424.503/answer",
                     *       "sequence": null
                     *     }
                     */
                    "application/json": components["schemas"]["QuizQuestion"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getQuestionOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A question id, as a question or GET /questions gives it.
                 * @example number.401.100.403.496
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getQuestionHead: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description A question id, as a question or GET /questions gives it.
                 * @example number.401.100.403.496
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The question. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            404: components["responses"]["NotFoundHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    answerQuestion: {
        parameters: {
            query: {
                /**
                 * @description The letter of the choice.
                 * @example A
                 */
                choice: "A" | "B" | "C" | "D";
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description A question id, as a question or GET /questions gives it.
                 * @example number.401.100.403.496
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "means.420@spring.421.424.503",
                     *       "choice": "A",
                     *       "correct": true,
                     *       "answer": {
                     *         "key": "A",
                     *         "text": "420"
                     *       },
                     *       "explanation": "420 Method Failure: A deprecated Spring Framework constant from the WebDAV drafts: the method could not be carried out on a resource because another part of the same operation failed.",
                     *       "link": "/codes/420?vendor=spring"
                     *     }
                     */
                    "application/json": components["schemas"]["QuizAnswer"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    answerQuestionOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A question id, as a question or GET /questions gives it.
                 * @example number.401.100.403.496
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    answerQuestionHead: {
        parameters: {
            query: {
                /**
                 * @description The letter of the choice.
                 * @example A
                 */
                choice: "A" | "B" | "C" | "D";
            };
            header?: {
                /** @description The ETag of a representation you hold: while it is current, the answer is a 304 with no content. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description A question id, as a question or GET /questions gives it.
                 * @example number.401.100.403.496
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            404: components["responses"]["NotFoundHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    echoRandom: {
        parameters: {
            query: {
                /** @description Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters). */
                codes: components["parameters"]["EchoRandomCodes"];
                /** @description A whole number from 0 to 4294967295 that fixes the sequence of picks. */
                seed?: components["parameters"]["EchoRandomSeed"];
                /** @description With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent). */
                step?: components["parameters"]["EchoRandomStep"];
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EchoRandom200"];
            204: components["responses"]["EchoRandom204"];
            205: components["responses"]["EchoRandom205"];
            206: components["responses"]["EchoRandom206"];
            304: components["responses"]["EchoRandom304"];
            400: components["responses"]["EchoRandom400"];
            406: components["responses"]["EchoRandom406"];
            413: components["responses"]["EchoRandom413"];
            414: components["responses"]["EchoRandom414"];
            429: components["responses"]["EchoRandom429"];
            500: components["responses"]["EchoRandom500"];
            503: components["responses"]["EchoRandom503"];
            "2XX": components["responses"]["EchoRandom2XX"];
            "3XX": components["responses"]["EchoRandom3XX"];
            "4XX": components["responses"]["EchoRandom4XX"];
            "5XX": components["responses"]["EchoRandom5XX"];
        };
    };
    echoRandomPut: {
        parameters: {
            query: {
                /** @description Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters). */
                codes: components["parameters"]["EchoRandomCodes"];
                /** @description A whole number from 0 to 4294967295 that fixes the sequence of picks. */
                seed?: components["parameters"]["EchoRandomSeed"];
                /** @description With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent). */
                step?: components["parameters"]["EchoRandomStep"];
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["EchoRandom200"];
            204: components["responses"]["EchoRandom204"];
            205: components["responses"]["EchoRandom205"];
            206: components["responses"]["EchoRandom206"];
            304: components["responses"]["EchoRandom304"];
            400: components["responses"]["EchoRandom400"];
            406: components["responses"]["EchoRandom406"];
            413: components["responses"]["EchoRandom413"];
            414: components["responses"]["EchoRandom414"];
            429: components["responses"]["EchoRandom429"];
            500: components["responses"]["EchoRandom500"];
            503: components["responses"]["EchoRandom503"];
            "2XX": components["responses"]["EchoRandom2XX"];
            "3XX": components["responses"]["EchoRandom3XX"];
            "4XX": components["responses"]["EchoRandom4XX"];
            "5XX": components["responses"]["EchoRandom5XX"];
        };
    };
    echoRandomPost: {
        parameters: {
            query: {
                /** @description Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters). */
                codes: components["parameters"]["EchoRandomCodes"];
                /** @description A whole number from 0 to 4294967295 that fixes the sequence of picks. */
                seed?: components["parameters"]["EchoRandomSeed"];
                /** @description With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent). */
                step?: components["parameters"]["EchoRandomStep"];
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["EchoRandom200"];
            204: components["responses"]["EchoRandom204"];
            205: components["responses"]["EchoRandom205"];
            206: components["responses"]["EchoRandom206"];
            304: components["responses"]["EchoRandom304"];
            400: components["responses"]["EchoRandom400"];
            406: components["responses"]["EchoRandom406"];
            413: components["responses"]["EchoRandom413"];
            414: components["responses"]["EchoRandom414"];
            429: components["responses"]["EchoRandom429"];
            500: components["responses"]["EchoRandom500"];
            503: components["responses"]["EchoRandom503"];
            "2XX": components["responses"]["EchoRandom2XX"];
            "3XX": components["responses"]["EchoRandom3XX"];
            "4XX": components["responses"]["EchoRandom4XX"];
            "5XX": components["responses"]["EchoRandom5XX"];
        };
    };
    echoRandomDelete: {
        parameters: {
            query: {
                /** @description Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters). */
                codes: components["parameters"]["EchoRandomCodes"];
                /** @description A whole number from 0 to 4294967295 that fixes the sequence of picks. */
                seed?: components["parameters"]["EchoRandomSeed"];
                /** @description With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent). */
                step?: components["parameters"]["EchoRandomStep"];
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["EchoRandom200"];
            204: components["responses"]["EchoRandom204"];
            205: components["responses"]["EchoRandom205"];
            206: components["responses"]["EchoRandom206"];
            304: components["responses"]["EchoRandom304"];
            400: components["responses"]["EchoRandom400"];
            406: components["responses"]["EchoRandom406"];
            413: components["responses"]["EchoRandom413"];
            414: components["responses"]["EchoRandom414"];
            429: components["responses"]["EchoRandom429"];
            500: components["responses"]["EchoRandom500"];
            503: components["responses"]["EchoRandom503"];
            "2XX": components["responses"]["EchoRandom2XX"];
            "3XX": components["responses"]["EchoRandom3XX"];
            "4XX": components["responses"]["EchoRandom4XX"];
            "5XX": components["responses"]["EchoRandom5XX"];
        };
    };
    echoRandomOptions: {
        parameters: {
            query: {
                /** @description Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters). */
                codes: components["parameters"]["EchoRandomCodes"];
                /** @description A whole number from 0 to 4294967295 that fixes the sequence of picks. */
                seed?: components["parameters"]["EchoRandomSeed"];
                /** @description With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent). */
                step?: components["parameters"]["EchoRandomStep"];
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EchoRandom200"];
            204: components["responses"]["EchoRandom204Options"];
            205: components["responses"]["EchoRandom205"];
            206: components["responses"]["EchoRandom206"];
            304: components["responses"]["EchoRandom304"];
            400: components["responses"]["EchoRandom400"];
            406: components["responses"]["EchoRandom406"];
            413: components["responses"]["EchoRandom413"];
            414: components["responses"]["EchoRandom414"];
            429: components["responses"]["EchoRandom429"];
            500: components["responses"]["EchoRandom500"];
            503: components["responses"]["EchoRandom503"];
            "2XX": components["responses"]["EchoRandom2XX"];
            "3XX": components["responses"]["EchoRandom3XX"];
            "4XX": components["responses"]["EchoRandom4XX"];
            "5XX": components["responses"]["EchoRandom5XX"];
        };
    };
    echoRandomHead: {
        parameters: {
            query: {
                /** @description Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters). */
                codes: components["parameters"]["EchoRandomCodes"];
                /** @description A whole number from 0 to 4294967295 that fixes the sequence of picks. */
                seed?: components["parameters"]["EchoRandomSeed"];
                /** @description With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent). */
                step?: components["parameters"]["EchoRandomStep"];
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EchoRandom200Head"];
            204: components["responses"]["EchoRandom204"];
            205: components["responses"]["EchoRandom205"];
            206: components["responses"]["EchoRandom206Head"];
            304: components["responses"]["EchoRandom304"];
            400: components["responses"]["EchoRandom400Head"];
            406: components["responses"]["EchoRandom406Head"];
            413: components["responses"]["EchoRandom413Head"];
            414: components["responses"]["EchoRandom414Head"];
            429: components["responses"]["EchoRandom429Head"];
            500: components["responses"]["EchoRandom500Head"];
            503: components["responses"]["EchoRandom503Head"];
            "2XX": components["responses"]["EchoRandom2XXHead"];
            "3XX": components["responses"]["EchoRandom3XXHead"];
            "4XX": components["responses"]["EchoRandom4XXHead"];
            "5XX": components["responses"]["EchoRandom5XXHead"];
        };
    };
    echoRandomPatch: {
        parameters: {
            query: {
                /** @description Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters). */
                codes: components["parameters"]["EchoRandomCodes"];
                /** @description A whole number from 0 to 4294967295 that fixes the sequence of picks. */
                seed?: components["parameters"]["EchoRandomSeed"];
                /** @description With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent). */
                step?: components["parameters"]["EchoRandomStep"];
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["EchoRandom200"];
            204: components["responses"]["EchoRandom204"];
            205: components["responses"]["EchoRandom205"];
            206: components["responses"]["EchoRandom206"];
            304: components["responses"]["EchoRandom304"];
            400: components["responses"]["EchoRandom400"];
            406: components["responses"]["EchoRandom406"];
            413: components["responses"]["EchoRandom413"];
            414: components["responses"]["EchoRandom414"];
            429: components["responses"]["EchoRandom429"];
            500: components["responses"]["EchoRandom500"];
            503: components["responses"]["EchoRandom503"];
            "2XX": components["responses"]["EchoRandom2XX"];
            "3XX": components["responses"]["EchoRandom3XX"];
            "4XX": components["responses"]["EchoRandom4XX"];
            "5XX": components["responses"]["EchoRandom5XX"];
        };
    };
    echoCode: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodePut: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodePost: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeDelete: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeOptions: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204Options"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeHead: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Echo200Head"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206Head"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400Head"];
            406: components["responses"]["Echo406Head"];
            413: components["responses"]["Echo413Head"];
            414: components["responses"]["Echo414Head"];
            429: components["responses"]["Echo429Head"];
            500: components["responses"]["Echo500Head"];
            503: components["responses"]["Echo503Head"];
            "2XX": components["responses"]["Echo2XXHead"];
            "3XX": components["responses"]["Echo3XXHead"];
            "4XX": components["responses"]["Echo4XXHead"];
            "5XX": components["responses"]["Echo5XXHead"];
        };
    };
    echoCodePatch: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeBelow: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
                /**
                 * @description Any path below /echo/{code}/, slashes included (may be empty).
                 * @example v1/users/42
                 */
                path: components["parameters"]["EchoCodeBelowPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeBelowPut: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
                /**
                 * @description Any path below /echo/{code}/, slashes included (may be empty).
                 * @example v1/users/42
                 */
                path: components["parameters"]["EchoCodeBelowPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeBelowPost: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
                /**
                 * @description Any path below /echo/{code}/, slashes included (may be empty).
                 * @example v1/users/42
                 */
                path: components["parameters"]["EchoCodeBelowPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeBelowDelete: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
                /**
                 * @description Any path below /echo/{code}/, slashes included (may be empty).
                 * @example v1/users/42
                 */
                path: components["parameters"]["EchoCodeBelowPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeBelowOptions: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
                /**
                 * @description Any path below /echo/{code}/, slashes included (may be empty).
                 * @example v1/users/42
                 */
                path: components["parameters"]["EchoCodeBelowPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204Options"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    echoCodeBelowHead: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
                /**
                 * @description Any path below /echo/{code}/, slashes included (may be empty).
                 * @example v1/users/42
                 */
                path: components["parameters"]["EchoCodeBelowPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Echo200Head"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206Head"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400Head"];
            406: components["responses"]["Echo406Head"];
            413: components["responses"]["Echo413Head"];
            414: components["responses"]["Echo414Head"];
            429: components["responses"]["Echo429Head"];
            500: components["responses"]["Echo500Head"];
            503: components["responses"]["Echo503Head"];
            "2XX": components["responses"]["Echo2XXHead"];
            "3XX": components["responses"]["Echo3XXHead"];
            "4XX": components["responses"]["Echo4XXHead"];
            "5XX": components["responses"]["Echo5XXHead"];
        };
    };
    echoCodeBelowPatch: {
        parameters: {
            query?: {
                /** @description Milliseconds to wait before answering: plain digits, 0 to 10000 (ECHO_MAX_DELAY_MS). At most 10 delayed requests per client wait at once (429 beyond), and 200 in all (503 beyond). */
                delay?: components["parameters"]["EchoDelay"];
                /** @description An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters. */
                header?: components["parameters"]["EchoHeader"];
                /** @description A custom response body, at most 1024 characters: served as JSON when it parses as JSON, else as text/plain. */
                body?: components["parameters"]["EchoBody"];
                /** @description For 1xx codes: the final status sent after the interim response (default 200). */
                final?: components["parameters"]["EchoFinal"];
                /** @description For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8. */
                location?: components["parameters"]["EchoLocation"];
                /** @description For redirects: redirect to itself this many times (0 to 10) before the target. */
                hops?: components["parameters"]["EchoHops"];
                /** @description For 429 and 503: the Retry-After seconds (default 1). */
                retryAfter?: components["parameters"]["EchoRetryAfter"];
                /** @description Instead of a well-formed response (HTTP/1.1 only), one of: close: close the connection before sending anything; close-after-head: send the status line and headers (Content-Length of the whole body), then close; close-mid-body: declare the whole body in Content-Length, send its first half, then close; wrong-length: send the whole body under a Content-Length of half of it, then close; bad-chunking: send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close; bad-gzip: send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close; bad-json: send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close; hang: send nothing for `delay` milliseconds (by default the largest delay), then close. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip. */
                fault?: components["parameters"]["EchoFault"];
                /** @description The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to 64 characters. HTTP/2 has no reason phrase. */
                reason?: components["parameters"]["EchoReason"];
                /** @description Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to 10000 (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content. */
                drip?: components["parameters"]["EchoDrip"];
                /** @description With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to 1048576 (ECHO_MAX_DRIP_BYTES). */
                dripBytes?: components["parameters"]["EchoDripBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Exactly three ASCII digits from 100 to 599.
                 * @example 503
                 */
                code: components["parameters"]["EchoCode"];
                /**
                 * @description Any path below /echo/{code}/, slashes included (may be empty).
                 * @example v1/users/42
                 */
                path: components["parameters"]["EchoCodeBelowPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["EchoContent"];
        responses: {
            200: components["responses"]["Echo200"];
            204: components["responses"]["Echo204"];
            205: components["responses"]["Echo205"];
            206: components["responses"]["Echo206"];
            304: components["responses"]["Echo304"];
            400: components["responses"]["Echo400"];
            406: components["responses"]["Echo406"];
            413: components["responses"]["Echo413"];
            414: components["responses"]["Echo414"];
            429: components["responses"]["Echo429"];
            500: components["responses"]["Echo500"];
            503: components["responses"]["Echo503"];
            "2XX": components["responses"]["Echo2XX"];
            "3XX": components["responses"]["Echo3XX"];
            "4XX": components["responses"]["Echo4XX"];
            "5XX": components["responses"]["Echo5XX"];
        };
    };
    checkUrl: {
        parameters: {
            query: {
                /**
                 * @description An absolute http or https URL, at most 2048 characters.
                 * @example https://example.com/
                 */
                url: string;
                /** @description HEAD (default) or GET. HEAD falls back to GET on 405 and 501. */
                method?: "HEAD" | "GET";
                /** @description Follow redirects (default true). */
                follow?: boolean;
                /** @description Most redirects to follow: 0 to 20 (CHECK_MAX_REDIRECTS), default 10. */
                maxRedirects?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "http://example.com/old",
                     *       "finalUrl": "https://example.com/new",
                     *       "status": 200,
                     *       "name": "OK",
                     *       "ok": true,
                     *       "hops": [
                     *         {
                     *           "url": "http://example.com/old",
                     *           "method": "HEAD",
                     *           "status": 301,
                     *           "name": "Moved Permanently",
                     *           "location": "https://example.com/new",
                     *           "durationMs": 41,
                     *           "remoteFamily": "IPv4",
                     *           "httpVersion": "1.1"
                     *         },
                     *         {
                     *           "url": "https://example.com/new",
                     *           "method": "HEAD",
                     *           "status": 200,
                     *           "name": "OK",
                     *           "location": null,
                     *           "durationMs": 87,
                     *           "remoteFamily": "IPv4",
                     *           "httpVersion": "1.1"
                     *         }
                     *       ],
                     *       "durationMs": 131,
                     *       "checkedAt": "2026-11-26T12:00:00.000Z",
                     *       "cached": false,
                     *       "error": null
                     *     }
                     */
                    "application/json": components["schemas"]["CheckReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkUrls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The URLs to check. */
                    urls: string[];
                    /**
                     * @description HEAD (default) or GET. HEAD falls back to GET on 405 and 501.
                     * @enum {string}
                     */
                    method?: "HEAD" | "GET";
                    /** @description Follow redirects (default true). */
                    follow?: boolean;
                    /** @description Most redirects to follow: 0 to 20 (CHECK_MAX_REDIRECTS), default 10. */
                    maxRedirects?: number;
                };
            };
        };
        responses: {
            /** @description The reports. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 1,
                     *       "reports": [
                     *         {
                     *           "url": "http://example.com/old",
                     *           "finalUrl": "https://example.com/new",
                     *           "status": 200,
                     *           "name": "OK",
                     *           "ok": true,
                     *           "hops": [
                     *             {
                     *               "url": "http://example.com/old",
                     *               "method": "HEAD",
                     *               "status": 301,
                     *               "name": "Moved Permanently",
                     *               "location": "https://example.com/new",
                     *               "durationMs": 41,
                     *               "remoteFamily": "IPv4",
                     *               "httpVersion": "1.1"
                     *             },
                     *             {
                     *               "url": "https://example.com/new",
                     *               "method": "HEAD",
                     *               "status": 200,
                     *               "name": "OK",
                     *               "location": null,
                     *               "durationMs": 87,
                     *               "remoteFamily": "IPv4",
                     *               "httpVersion": "1.1"
                     *             }
                     *           ],
                     *           "durationMs": 131,
                     *           "checkedAt": "2026-11-26T12:00:00.000Z",
                     *           "cached": false,
                     *           "error": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description How many reports. */
                        count: number;
                        /** @description One report per URL, in order. */
                        reports: components["schemas"]["CheckReport"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkUrlOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkUrlHead: {
        parameters: {
            query: {
                /**
                 * @description An absolute http or https URL, at most 2048 characters.
                 * @example https://example.com/
                 */
                url: string;
                /** @description HEAD (default) or GET. HEAD falls back to GET on 405 and 501. */
                method?: "HEAD" | "GET";
                /** @description Follow redirects (default true). */
                follow?: boolean;
                /** @description Most redirects to follow: 0 to 20 (CHECK_MAX_REDIRECTS), default 10. */
                maxRedirects?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            403: components["responses"]["ForbiddenHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP siteerror_http_request_duration_seconds Time from the arrival of a request to its response being handed to the socket, by route template and status class.
                     *     # TYPE siteerror_http_request_duration_seconds histogram
                     *     siteerror_http_request_duration_seconds_bucket{route="/codes/:code",status_class="2xx",le="0.001"} 1822
                     */
                    "text/plain; version=0.0.4": string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMetricsOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMetricsHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            403: components["responses"]["ForbiddenHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OpenAPI 3.1 document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "SiteError API",
                     *         "version": "0.1.0"
                     *       },
                     *       "paths": {}
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOpenApiOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content: the methods are in Allow. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOpenApiHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OpenAPI 3.1 document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestHead"];
            413: components["responses"]["ContentTooLargeHead"];
            414: components["responses"]["UriTooLongHead"];
            429: components["responses"]["TooManyRequestsHead"];
            500: components["responses"]["InternalErrorHead"];
            503: components["responses"]["ServiceUnavailableHead"];
        };
    };
}
