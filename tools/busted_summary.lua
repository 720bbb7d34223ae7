-- A busted output handler: busted's usual terminal output, then one line
-- "N passed, N failed" (errors count as failures) for tools/run-tests.sh.
return function(options)
  local busted = require "busted"
  local base = require "busted.outputHandlers.utfTerminal"(options)
  local passed, failed = 0, 0
  busted.subscribe({ "test", "end" }, function(_, _, status)
    if status == "success" then passed = passed + 1
    elseif status == "failure" or status == "error" then failed = failed + 1 end
    return nil, true
  end)
  busted.subscribe({ "error" }, function()
    failed = failed + 1
    return nil, true
  end, { predicate = function(element) return element.descriptor ~= "it" end })
  busted.subscribe({ "suite", "end" }, function()
    io.write(("%d passed, %d failed\n"):format(passed, failed))
    io.flush()
    return nil, true
  end)
  return base
end
