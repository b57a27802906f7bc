// Asks for the clinic (or the booking) while the app's script downloads: a round trip less on phones.
// A file of its own, not an inline script, so the Content-Security-Policy can forbid inline script.
(function () {
  var request;
  if (location.pathname === '/book/manage' || location.pathname === '/book/manage/') {
    // The manage token sits after '#' and goes to the API in the body, as the app sends it.
    if (location.hash.length < 2) return;
    var token;
    try {
      token = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    request = { method: 'POST', path: '/api/public/manage/view', body: JSON.stringify({ token: token }) };
  } else {
    var m = location.pathname.match(/^\/book\/([^/]+)/);
    if (!m || m[1] === 'manage' || m[1] === 'offer' || m[1] === 'forms') return;
    request = { method: 'GET', path: '/api/public/' + m[1] };
  }
  var headers = request.body ? { accept: 'application/json', 'content-type': 'application/json' } : { accept: 'application/json' };
  var response = fetch(request.path, { method: request.method, headers: headers, body: request.body });
  response.catch(function () {}); // The app reports failures when it reads the answer.
  window.__casefilePrefetch = { key: request.method + ' ' + request.path + ' ' + (request.body || ''), response: response };
})();
